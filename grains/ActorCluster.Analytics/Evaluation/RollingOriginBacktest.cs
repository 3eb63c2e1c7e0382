using System.Diagnostics.CodeAnalysis;
using ActorCluster.Analytics.Accuracy;

namespace ActorCluster.Analytics.Evaluation;

/// <summary>
/// Rolling-origin evaluation (Tashman 2000, "Out-of-sample tests of forecasting accuracy", IJF 16(4)): the
/// forecaster is refitted at each of the last k origins on all data up to the origin and its h-step forecast is
/// scored on the next h points. Origins are n − h − (k − 1 − i)·step for i = 0..k−1, so the last origin leaves
/// exactly h points. Each origin's MASE uses the seasonal naive scale of that origin's training data.
/// </summary>
public static class RollingOriginBacktest
{
    /// <summary>
    /// Runs the backtest. <paramref name="forecaster"/> receives the training prefix and the horizon and returns
    /// h point forecasts (null when it cannot forecast). False with a reason, never an exception of its own, for:
    /// a bad horizon/origins/step/period, NaN/∞ in the series, a series too short for the first origin, or a
    /// forecaster that returns null, the wrong length or a non-finite value. Exceptions thrown by the forecaster propagate.
    /// </summary>
    public static bool TryRun(
        ReadOnlyMemory<double> series, int horizon, int origins, int seasonalPeriod, int step,
        Func<ReadOnlyMemory<double>, int, double[]?> forecaster,
        [NotNullWhen(true)] out BacktestResult? result, out string reason)
    {
        result = null;
        if (forecaster is null) { reason = "no forecaster"; return false; }
        if (horizon < 1 || origins < 1 || step < 1 || seasonalPeriod < 1) { reason = "horizon, origins, step and period must be at least 1"; return false; }
        var y = series.Span;
        for (int i = 0; i < y.Length; i++)
            if (!double.IsFinite(y[i])) { reason = $"value {i} is not finite"; return false; }
        int firstTrain = y.Length - horizon - (origins - 1) * step;
        if (firstTrain < 1) { reason = $"{y.Length} points cannot hold {origins} origins {step} apart with horizon {horizon}"; return false; }

        var list = new List<BacktestOrigin>(origins);
        for (int i = 0; i < origins; i++)
        {
            int train = firstTrain + i * step;
            var forecast = forecaster(series[..train], horizon);
            if (forecast is null || forecast.Length != horizon) { reason = $"origin {train}: the forecaster returned {forecast?.Length.ToString() ?? "null"} values, {horizon} expected"; return false; }
            if (Array.Exists(forecast, f => !double.IsFinite(f))) { reason = $"origin {train}: the forecaster returned a non-finite value"; return false; }
            double scale = ForecastAccuracy.SeasonalNaiveScale(y[..train], seasonalPeriod);
            list.Add(new BacktestOrigin(train, ForecastAccuracy.Summarise(y.Slice(train, horizon), forecast, scale)));
        }
        result = new BacktestResult(horizon, list, Average(list));
        reason = "";
        return true;
    }

    private static AccuracySummary Average(List<BacktestOrigin> list)
    {
        static double Mean(IEnumerable<double> values)
        {
            var finite = values.Where(double.IsFinite).ToList();
            return finite.Count == 0 ? double.NaN : finite.Average();
        }
        var a = list.Select(o => o.Accuracy).ToList();
        return new AccuracySummary(a.Sum(x => x.Count), Mean(a.Select(x => x.Mae)), Mean(a.Select(x => x.Rmse)),
            Mean(a.Select(x => x.Mape)), Mean(a.Select(x => x.Smape)), Mean(a.Select(x => x.Mase)));
    }
}
