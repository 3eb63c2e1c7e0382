namespace ActorCluster.Reports;

/// <summary>The input of <see cref="HtmlReport"/>: the range and every ASIN's line.</summary>
public sealed record ReportData
{
    public required DateTime GeneratedAt { get; init; }
    /// <summary>The range covered: periods after <see cref="From"/> up to <see cref="To"/> (the newest period held).</summary>
    public required DateTime From { get; init; }
    public required DateTime To { get; init; }
    /// <summary>How the range was asked for (e.g. "7 days").</summary>
    public required string RangeText { get; init; }
    public required IReadOnlyList<AsinReportLine> Lines { get; init; }
    /// <summary>How many rows each table shows at most (the rest are counted, not listed).</summary>
    public int Top { get; init; } = 10;
}
