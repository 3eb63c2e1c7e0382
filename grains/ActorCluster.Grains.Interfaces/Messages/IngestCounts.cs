namespace ActorCluster;

/// <summary>Running totals of what an ASIN grain has been sent since it was created.</summary>
[GenerateSerializer]
public sealed record IngestCounts
{
    [Id(0)] public long Accepted { get; init; }
    [Id(1)] public long Duplicates { get; init; }
    [Id(2)] public long Corrections { get; init; }
    [Id(3)] public long Rejected { get; init; }
    /// <summary>Accepted observations that arrived after a newer period (applied in order).</summary>
    [Id(4)] public long Late { get; init; }
    /// <summary>Rejected because the period is older than the window (the "side output").</summary>
    [Id(5)] public long TooOld { get; init; }
    /// <summary>Rejected because the period is further in the future than the allowed skew.</summary>
    [Id(6)] public long Future { get; init; }
    /// <summary>Rejected for a field out of range (negative, NaN, rating outside 0–5 …).</summary>
    [Id(7)] public long InvalidField { get; init; }
}
