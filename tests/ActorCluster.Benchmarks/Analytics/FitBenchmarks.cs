using ActorCluster.Analytics.Forecasting.Ets;
using ActorCluster.Analytics.Pipeline;
using BenchmarkDotNet.Attributes;

namespace ActorCluster.Benchmarks.Analytics;

/// <summary>
/// Automatic model selection and fit on a 365-point daily series (target: median ≤ 5 ms), a warm-started
/// refit of the chosen form after a week of new data, and a full analytics rebuild from a 400-period window
/// (what a grain pays on activation, late rows and corrections).
/// </summary>
[MemoryDiagnoser]
public class FitBenchmarks
{
    private double[] _year = null!, _yearPlusWeek = null!;
    private EtsModel _chosen = null!;
    private AnalyticsInput[] _window = null!;

    [GlobalSetup]
    public void Setup()
    {
        _year = DailySeries.Units(365, seed: 2);
        _yearPlusWeek = DailySeries.Units(372, seed: 2);
        _chosen = EtsSelector.Select(_year, 7).Model!;
        _window = DailySeries.Create(400, seed: 3);
    }

    [Benchmark]
    public object? SelectAndFitAuto() => AutoForecastFitter.Fit(_year, 7, null, out _);

    [Benchmark]
    public object? SelectAndFitEts() => EtsSelector.Select(_year, 7).Model;

    [Benchmark]
    public object? WarmRefitEts() => EtsFitter.Refit(_yearPlusWeek, _chosen).Model;

    [Benchmark]
    public AsinAnalytics RebuildFrom400Periods()
    {
        var a = new AsinAnalytics();
        a.Rebuild(_window);
        a.RefitIfDue();
        return a;
    }
}
