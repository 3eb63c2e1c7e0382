using ActorCluster.Analytics.Alerts;
using ActorCluster.Analytics.Pipeline;
using BenchmarkDotNet.Attributes;

namespace ActorCluster.Benchmarks.Analytics;

/// <summary>
/// The full per-observation update of one ASIN — gap check, features, three volatility thresholds, drift,
/// forecast update and one-step accuracy — on a warm ASIN with a fitted model. Target: median ≤ 2 µs.
/// Refits are excluded (they run once per ingest call, see <see cref="FitBenchmarks"/>).
/// </summary>
[MemoryDiagnoser]
public class PerObservationBenchmarks
{
    private const int Warm = 400, Batch = 1000;
    private AnalyticsInput[] _data = null!;
    private AsinAnalytics _analytics = null!;
    private AlertLifecycle _alerts = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _data = DailySeries.Create(Warm + 200_000);
        _analytics = new AsinAnalytics();
        for (_next = 0; _next < Warm; _next++) _analytics.Push(_data[_next]);
        _analytics.RefitIfDue();
        _alerts = new AlertLifecycle("B000000001", "Kitchen");
    }

    /// <summary>One call pushes <see cref="Batch"/> periods; BenchmarkDotNet divides by it.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public void PushOneObservation()
    {
        if (_next + Batch >= _data.Length) Setup();
        for (int i = 0; i < Batch; i++) _analytics.Push(_data[_next++]);
    }

    /// <summary>The push plus the alert rules and lifecycle on it: the whole per-observation cost of a live period.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public void PushAndJudgeOneObservation()
    {
        if (_next + Batch >= _data.Length) Setup();
        for (int i = 0; i < Batch; i++)
        {
            var input = _data[_next];
            var step = _analytics.Push(input);
            _alerts.Judge(_analytics, step, input, _data[_next - 1]);
            _next++;
        }
    }
}
