namespace ActorCluster.Client.Bench;

/// <summary>
/// One scenario (subscribed clients × background load): the delivery latency over every (sample × client) delivery,
/// the slowest client per sample, the ingest acknowledgement and the grain's recording time as a breakdown, and what
/// the background load and the machine did meanwhile. <see cref="AfterAck"/> (delivery minus acknowledgement, negative
/// when the notice overtook the answer) is the push pipeline's own share: the grain publishes right after its write.
/// </summary>
public sealed record PushScenarioResult(
    int Clients,
    int TargetRate,
    int Samples,
    int NoTransition,
    int TimedOut,
    long MissedDeliveries,
    PushStats Delivery,
    PushStats WorstClient,
    PushStats Ack,
    PushStats Raised,
    PushStats AfterAck,
    int OverTarget,
    IReadOnlyDictionary<string, int> Transitions,
    double MeasuredSeconds,
    double AchievedRate,
    double SiloCpu,
    double BenchCpu,
    double? LoadAverage,
    long Reconnects,
    bool RanOutOfDays,
    IReadOnlyList<PushSample> Raw)
{
    /// <summary>The target: p99 of delivery at most this many milliseconds.</summary>
    public const double TargetP99Ms = 50;

    public string Name => $"{Clients} client{(Clients == 1 ? "" : "s")}, {(TargetRate == 0 ? "idle" : $"{TargetRate:N0} obs/s")}";

    public bool MeetsTarget => Delivery.Count > 0 && Delivery.P99 <= TargetP99Ms;

    public static PushScenarioResult From(int clients, int targetRate, PushProbeRun run, double achievedRate,
        double siloCpu, double benchCpu, double? loadAverage, long reconnects) => new(
        clients, targetRate, run.Samples.Count, run.NoTransition, run.TimedOut,
        run.Samples.Sum(s => (long)s.DeliveredMs.Count(double.IsNaN)),
        PushStats.From(run.Samples.SelectMany(s => s.DeliveredMs)),
        PushStats.From(run.Samples.Select(s => s.WorstMs)),
        PushStats.From(run.Samples.Select(s => s.AckMs)),
        PushStats.From(run.Samples.Select(s => s.RaisedMs)),
        PushStats.From(run.Samples.SelectMany(s => s.DeliveredMs.Select(d => d - s.AckMs))),
        run.Samples.Count(s => s.WorstMs > TargetP99Ms),
        run.Samples.GroupBy(s => s.Transition).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
        run.Measured.TotalSeconds, achievedRate, siloCpu, benchCpu, loadAverage, reconnects, run.RanOutOfDays, run.Samples);
}
