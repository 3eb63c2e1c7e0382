namespace ActorCluster.Silo.Board;

/// <summary>
/// One row of the board as the browser reads it: an <see cref="AsinSummary"/> with the sparkline's missing periods as
/// null (JSON has no NaN) and the figures rounded for the wire.
/// </summary>
public sealed record BoardLine(
    string Asin, string? Category, string Tier, string? AlertState, string? AlertId, string? Reason, DateTime? LastPeriod,
    double? Units, double? Price, double? Rank, float?[] Spark, long Stored, DateTime UpdatedAt)
{
    public static BoardLine From(AsinSummary s) => new(
        s.Asin, s.Category, s.Tier, s.AlertState, s.AlertId, s.Reason, s.LastPeriod,
        Finite(s.Units), Finite(s.Price), Finite(s.Rank),
        [.. s.RecentUnits.Select(u => float.IsFinite(u) ? MathF.Round(u, 2) : (float?)null)],
        s.Stored, s.UpdatedAt);

    private static double? Finite(double? v) => v is { } x && double.IsFinite(x) ? x : null;
}

/// <summary>
/// The answer to a board poll: the partitions' versions to send next time, and the lines that changed since the
/// versions sent (all of them for a partition the client has not seen, or that restarted behind the client).
/// </summary>
public sealed record BoardChanges(long[] Versions, IReadOnlyList<BoardLine> Lines, int Total, string Profile, bool Open);
