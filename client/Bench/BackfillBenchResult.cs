namespace ActorCluster.Client.Bench;

/// <summary>One file loaded into one storage: end-to-end rate and peak memory on both sides.</summary>
/// <param name="Rows">Rows in the file.</param>
/// <param name="Stored">Observations the grains accepted.</param>
/// <param name="Seconds">From the client's start of reading to its summary (read, group, send).</param>
/// <param name="WallSeconds">The client process from start to exit (connection set-up included).</param>
public sealed record BackfillBenchResult(
    string Storage, string Profile, int Asins, int Days, long FileBytes, long Rows, long Stored, long Rejected,
    double Seconds, double WallSeconds, long? ClientPeakBytes, long? SiloPeakBytes, string Summary)
{
    public double ObservationsPerSecond => Seconds > 0 ? Rows / Seconds : 0;
}

/// <summary>The whole run: every load, the pure-analytics loop on the same rows, and the ratios to the targets.</summary>
public sealed record BackfillBenchReport(
    DateTime Started, string Machine, double? LoadAverageStart, double? LoadAverageEnd, int Parallelism, int BatchSize,
    IReadOnlyList<BackfillBenchResult> Loads, BackfillAnalyticsLoop.Result Analytics, IReadOnlyDictionary<string, string> Failed);
