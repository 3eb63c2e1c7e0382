namespace ActorCluster.Client.Bench;

/// <summary>The rounds of one workload on one storage, summarised by their medians.</summary>
public sealed record Measurement(string Storage, string Workload, string Description, IReadOnlyList<RoundResult> Rounds)
{
    public double ObservationsPerSecond => Median(Rounds.Select(r => r.ObservationsPerSecond));
    public double CallsPerSecond => Median(Rounds.Select(r => r.CallsPerSecond));
    public double MinObservationsPerSecond => Rounds.Min(r => r.ObservationsPerSecond);
    public double MaxObservationsPerSecond => Rounds.Max(r => r.ObservationsPerSecond);
    public double P50Ms => Median(Rounds.Select(r => r.P50Ms));
    public double P99Ms => Median(Rounds.Select(r => r.P99Ms));

    public static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        if (v.Length == 0) return double.NaN;
        return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }
}
