namespace ActorCluster.Client.Bench;

/// <summary>Everything measured on one storage's silo.</summary>
public sealed record StorageResult(
    BenchStorage Storage,
    IReadOnlyList<Measurement> Measurements,
    int? PayloadBytes,
    long UnexpectedResults,
    string? FirstUnexpected,
    TimeSpan Prefill)
{
    public Measurement? Find(string workload) => Measurements.FirstOrDefault(m => m.Workload == workload);
}
