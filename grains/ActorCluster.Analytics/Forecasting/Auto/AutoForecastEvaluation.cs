using System.Diagnostics;
using ActorCluster.Analytics.Evaluation;
using ActorCluster.Analytics.Forecasting.Baseline;
using ActorCluster.Analytics.Forecasting.Theta;

namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>
/// Runs <see cref="AutoForecaster"/> over a set of train/test series the way the M4 organisers score methods, next to
/// the Naive2, sNaive and Theta benchmarks computed in the same run, so OWA compares like with like.
/// </summary>
/// <remarks>
/// Series are forecast in parallel (<see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/>) and scored in
/// input order afterwards (the scorer is not thread-safe). A series the forecaster refuses is forecast by Naive2 and
/// counted as "refused". A series is scored only when its training part is longer than m and its test part holds at
/// least h values (the first h are used); forecasts of series with no negative training value are floored at 0, as
/// the M4 code floors its benchmarks.
/// </remarks>
public sealed class AutoForecastEvaluation
{
    private readonly AutoForecaster _forecaster;
    private readonly int _m, _h, _parallelism;

    /// <exception cref="ArgumentOutOfRangeException">When m or h is below 1, or parallelism below 1.</exception>
    public AutoForecastEvaluation(ForecastPolicy policy, int seasonLength, int horizon, int? parallelism = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seasonLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        _forecaster = new AutoForecaster(policy);
        (_m, _h, _parallelism) = (seasonLength, horizon, parallelism ?? Environment.ProcessorCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(_parallelism, 1);
    }

    /// <summary>Forecasts and scores every series; <paramref name="progress"/> receives the count of series done.</summary>
    public EvaluationReport Run(IReadOnlyList<M4TrainTest> series, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var results = new SeriesRun[series.Count];
        int done = 0;
        var wall = Stopwatch.StartNew();
        Parallel.For(0, series.Count, new ParallelOptions { MaxDegreeOfParallelism = _parallelism }, i =>
        {
            results[i] = Forecast(series[i]);
            progress?.Report(Interlocked.Increment(ref done));
        });
        wall.Stop();

        var scorer = new M4Scorer(_m);
        var rmsse = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (int i = 0; i < series.Count; i++)
        {
            if (!results[i].Scored) continue;
            var s = series[i];
            var actual = s.Test.AsSpan(0, _h);
            foreach (var (method, forecast) in results[i].Methods)
            {
                scorer.Add(method, s.Train, actual, forecast);
                Append(rmsse, method, Rmsse(s.Train, actual, forecast));
            }
        }
        var times = results.Select(r => r.Evaluation.Milliseconds).Order().ToArray();
        var choices = results.GroupBy(r => r.Evaluation.Choice).OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count());
        return new EvaluationReport(
            scorer.Scores(),
            rmsse.ToDictionary(kv => kv.Key, kv => kv.Value.Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average()),
            choices,
            results.Select(r => r.Evaluation).ToList(),
            times.Length == 0 ? double.NaN : times[times.Length / 2],
            times.Sum(),
            wall.Elapsed);
    }

    private SeriesRun Forecast(M4TrainTest s)
    {
        var clock = Stopwatch.StartNew();
        var result = _forecaster.Select(s.Train, _m, _h);
        var auto = result.Forecast(_h)?.Mean;
        clock.Stop();

        bool nonNegative = Array.TrueForAll(s.Train, v => v >= 0);
        var naive2 = Benchmark(Naive2Model.TryFit(s.Train, _m, out var n2, out _) ? n2 : null, nonNegative);
        var sNaive = Benchmark(SeasonalNaiveModel.TryFit(s.Train, _m, out var sn, out _) ? sn : null, nonNegative);
        var theta = Benchmark(ThetaModel.TryFit(s.Train, _m, out var th, out _) ? th : null, nonNegative);
        string choice = result.Success ? result.Family!.Value.ToString() : "refused";
        string model = result.Success ? result.Model.Name : result.Reason!;
        auto ??= naive2 ?? new double[_h];
        bool scored = s.Train.Length > _m && s.Test.Length >= _h && naive2 is not null && sNaive is not null && theta is not null;
        var methods = scored ? new[] { ("Naive2", naive2!), ("sNaive", sNaive!), ("Theta", theta!), (EvaluationReport.AutoMethod, auto) } : [];
        return new SeriesRun(new SeriesEvaluation(s.Id, auto, choice, model, clock.Elapsed.TotalMilliseconds, scored), methods);
    }

    private double[]? Benchmark(IForecastModel? model, bool nonNegative)
    {
        if (model is null) return null;
        var mean = model.Forecast(_h).Mean;
        if (nonNegative)
            for (int j = 0; j < mean.Length; j++) mean[j] = Math.Max(mean[j], 0);
        return mean;
    }

    /// <summary>√(MSE / mean squared one-step change of the training part); NaN when the training part never changes.</summary>
    private static double Rmsse(ReadOnlySpan<double> train, ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        double scale = 0;
        for (int t = 1; t < train.Length; t++) scale += (train[t] - train[t - 1]) * (train[t] - train[t - 1]);
        scale /= Math.Max(train.Length - 1, 1);
        double mse = 0;
        for (int j = 0; j < actual.Length; j++) mse += (actual[j] - forecast[j]) * (actual[j] - forecast[j]);
        return scale > 0 ? Math.Sqrt(mse / actual.Length / scale) : double.NaN;
    }

    private static void Append(Dictionary<string, List<double>> d, string key, double value)
    {
        if (!d.TryGetValue(key, out var list)) d[key] = list = [];
        list.Add(value);
    }

    private sealed record SeriesRun(SeriesEvaluation Evaluation, (string Method, double[] Forecast)[] Methods)
    {
        public bool Scored => Evaluation.Scored;
    }
}
