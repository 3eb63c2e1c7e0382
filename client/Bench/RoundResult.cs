namespace ActorCluster.Client.Bench;

/// <summary>One timed round of one workload: what completed, in how long, and how long each call took.</summary>
public sealed record RoundResult(long Calls, long Observations, TimeSpan Elapsed, double P50Ms, double P99Ms)
{
    public double CallsPerSecond => Calls / Elapsed.TotalSeconds;
    public double ObservationsPerSecond => Observations / Elapsed.TotalSeconds;
}
