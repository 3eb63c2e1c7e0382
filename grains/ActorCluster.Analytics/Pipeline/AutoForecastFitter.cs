using ActorCluster.Analytics.Forecasting;
using ActorCluster.Analytics.Forecasting.Auto;

namespace ActorCluster.Analytics.Pipeline;

/// <summary>
/// The grain's default fitter: <see cref="AutoForecaster"/> in fast mode (each family fitted once, ranked on
/// one validation window, about 2–3 ms on a year of daily data), validating over two seasons ahead.
/// </summary>
public static class AutoForecastFitter
{
    private static readonly AutoForecaster Fast = new(ForecastPolicy.Fast);

    public static IForecastModel? Fit(ReadOnlySpan<double> history, int seasonLength, out string reason)
    {
        var result = Fast.Select(history, seasonLength, horizon: Math.Max(seasonLength, 7) * 2);
        reason = result.Model is null ? result.Reason ?? "no model could be fitted" : result.Note;
        return result.Model;
    }
}
