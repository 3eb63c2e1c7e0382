namespace ActorCluster.Client.Bench;

/// <summary>The outcome of one <c>bench push</c> run.</summary>
public sealed record PushReport(
    DateTime StartedUtc,
    string Machine,
    string SiloDll,
    PushSettings Settings,
    IReadOnlyList<PushScenarioResult> Scenarios,
    long ProbeUnexpected,
    string? ProbeFirstUnexpected,
    long LoadUnexpected,
    long LoadFailedCalls,
    string? LoadFirstProblem,
    double? LoadAtStart,
    double? LoadAtEnd)
{
    /// <summary>The silo configuration every run adds, so every probe period is judged and each qualifying one is a transition.</summary>
    public static readonly IReadOnlyList<string> SiloArguments =
        ["--Alerts:LiveHorizon", "3650.00:00:00", "--Alerts:Rules:FireAfter", "1", "--Alerts:Rules:ResolveAfter", "1"];

    /// <summary>What the columns mean, printed under the table.</summary>
    public const string Legend =
        "skipped: probes whose call pushed no transition; lost: probes no client received within 2 s + single client deliveries missed; " +
        "> 50 ms: samples whose slowest client waited longer than the target; ack: the ingest call returned; after ack: delivery minus ack, " +
        "the push pipeline's share (negative when the notice overtook the answer); raised: the grain recorded the transition (wall clock); " +
        "CPU in cores (100% = one core).";

    public string Describe() =>
        $"storage {Settings.Storage.ToString().ToLowerInvariant()}, probes via {(Settings.Ingest == PushIngestPath.Http ? "HTTP POST /api/observations" : "Orleans IAsinGrain.Ingest")}, " +
        $"{Settings.Protocol} hub protocol, {Settings.ProbeAsins} probe ASINs on {Settings.ProbeWorkers} workers (gap {Settings.ProbeGap.TotalMilliseconds:0} ms), " +
        $"load {Settings.LoadAsins:N0} ASINs x {Settings.LoadBatch} obs/call over the gateway, " +
        $"{Settings.WarmUp.TotalSeconds:0.#}s warm-up + {Settings.Duration.TotalSeconds:0.#}s per scenario";
}
