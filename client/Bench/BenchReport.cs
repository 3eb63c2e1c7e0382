namespace ActorCluster.Client.Bench;

/// <summary>The outcome of one bench run: what was measured, what was skipped or failed, and the ratios.</summary>
public sealed record BenchReport(
    DateTime StartedUtc,
    string Machine,
    string SiloDll,
    double DurationSeconds,
    int Rounds,
    int Concurrency,
    int Asins,
    int BatchSize,
    IReadOnlyList<StorageResult> Results,
    IReadOnlyDictionary<string, string> Skipped,
    IReadOnlyDictionary<string, string> Failed,
    double? LoadAtStart,
    double? LoadAtEnd)
{
    public IReadOnlyList<BenchRatio> Ratios => BenchRatio.From(Results);

    public static string DescribeMachine() =>
        $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
}
