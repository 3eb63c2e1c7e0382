namespace ActorCluster.Analytics.Accuracy;

/// <summary>
/// Batch point-forecast accuracy measures, with e = y − ŷ over n pairs:
/// MAE = Σ|e|/n; RMSE = √(Σe²/n); MAPE = 100/n'·Σ|e|/|y| over the n' pairs with y ≠ 0;
/// sMAPE = 200/n·Σ|e|/(|y|+|ŷ|) (the M4 definition; a pair with y = ŷ = 0 scores 0);
/// MASE = MAE / s with s = mean |yₜ − yₜ₋ₘ| of the in-sample data (the M4 definition, seasonal period m).
/// </summary>
/// <remarks>
/// Sources: Hyndman &amp; Koehler (2006), "Another look at measures of forecast accuracy", IJF 22(4);
/// Makridakis et al. (2020), IJF 36(1) for sMAPE and MASE as scored in M4.
/// Edge cases: an empty sample gives NaN; any NaN input propagates; MAPE is NaN when every actual is 0;
/// MASE is NaN when the in-sample part has no more than m points or its scale is 0.
/// Mismatched lengths throw <see cref="ArgumentException"/>.
/// </remarks>
public static class ForecastAccuracy
{
    /// <summary>Mean absolute error.</summary>
    public static double Mae(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        Check(actual, forecast);
        if (actual.IsEmpty) return double.NaN;
        double s = 0;
        for (int i = 0; i < actual.Length; i++) s += Math.Abs(actual[i] - forecast[i]);
        return s / actual.Length;
    }

    /// <summary>Root mean squared error.</summary>
    public static double Rmse(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        Check(actual, forecast);
        if (actual.IsEmpty) return double.NaN;
        double s = 0;
        for (int i = 0; i < actual.Length; i++) s += (actual[i] - forecast[i]) * (actual[i] - forecast[i]);
        return Math.Sqrt(s / actual.Length);
    }

    /// <summary>Mean absolute percentage error in percent, over the pairs whose actual is not 0.</summary>
    public static double Mape(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        Check(actual, forecast);
        double s = 0;
        int n = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            if (actual[i] == 0) continue;
            s += ErrorTerms.Ape(actual[i], forecast[i]);
            n++;
        }
        return n == 0 ? double.NaN : s / n;
    }

    /// <summary>Symmetric MAPE in percent, as scored in M4 (range 0–200).</summary>
    public static double Smape(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        Check(actual, forecast);
        if (actual.IsEmpty) return double.NaN;
        double s = 0;
        for (int i = 0; i < actual.Length; i++) s += ErrorTerms.Sape(actual[i], forecast[i]);
        return s / actual.Length;
    }

    /// <summary>The MASE denominator: mean |yₜ − yₜ₋ₘ| over the in-sample data; NaN with no more than m points.</summary>
    public static double SeasonalNaiveScale(ReadOnlySpan<double> insample, int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        if (insample.Length <= period) return double.NaN;
        double s = 0;
        for (int t = period; t < insample.Length; t++) s += Math.Abs(insample[t] - insample[t - period]);
        return s / (insample.Length - period);
    }

    /// <summary>Mean absolute scaled error with seasonal period <paramref name="period"/> (1 = non-seasonal).</summary>
    public static double Mase(ReadOnlySpan<double> insample, ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast, int period)
    {
        double scale = SeasonalNaiveScale(insample, period);
        return scale > 0 ? Mae(actual, forecast) / scale : double.NaN;
    }

    /// <summary>All five measures at once; MASE uses the given scale (NaN when unknown).</summary>
    public static AccuracySummary Summarise(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast, double maseScale)
    {
        Check(actual, forecast);
        if (actual.IsEmpty) return AccuracySummary.Empty;
        double mae = Mae(actual, forecast);
        return new AccuracySummary(actual.Length, mae, Rmse(actual, forecast), Mape(actual, forecast), Smape(actual, forecast),
            maseScale > 0 ? mae / maseScale : double.NaN);
    }

    private static void Check(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        if (actual.Length != forecast.Length)
            throw new ArgumentException($"{actual.Length} actuals but {forecast.Length} forecasts", nameof(forecast));
    }
}
