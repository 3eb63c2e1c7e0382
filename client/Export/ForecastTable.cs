namespace ActorCluster.Client.Export;

/// <summary>One step of an ASIN's current forecast, as its grain's analytics view gives it.</summary>
public readonly record struct ForecastRow(string Asin, DateTime Origin, DateTime Period, int Step, ForecastView Forecast)
{
    public double At(double[] values) => Step - 1 < values.Length ? values[Step - 1] : double.NaN;
}

/// <summary>The columns of <c>forecasts/</c> (documented in docs/export-and-reports.md).</summary>
public static class ForecastTable
{
    public static IReadOnlyList<ParquetColumn<ForecastRow>> Columns { get; } =
    [
        ParquetColumn<ForecastRow>.Text("Asin", r => r.Asin),
        ParquetColumn<ForecastRow>.Timestamp("Origin", r => r.Origin),
        ParquetColumn<ForecastRow>.Timestamp("Period", r => r.Period),
        ParquetColumn<ForecastRow>.Of("Step", r => r.Step),
        ParquetColumn<ForecastRow>.Text("Model", r => r.Forecast.Model),
        ParquetColumn<ForecastRow>.Of("Mean", r => r.At(r.Forecast.Mean)),
        ParquetColumn<ForecastRow>.Of("Lower80", r => r.At(r.Forecast.Lower80)),
        ParquetColumn<ForecastRow>.Of("Upper80", r => r.At(r.Forecast.Upper80)),
        ParquetColumn<ForecastRow>.Of("Lower95", r => r.At(r.Forecast.Lower95)),
        ParquetColumn<ForecastRow>.Of("Upper95", r => r.At(r.Forecast.Upper95)),
        ParquetColumn<ForecastRow>.Of("Trusted", r => r.Forecast.Trusted),
        ParquetColumn<ForecastRow>.OptionalTimestamp("LastRefit", r => r.Forecast.LastRefit),
        ParquetColumn<ForecastRow>.Of("AccuracyCount", r => r.Forecast.AccuracyCount),
        ParquetColumn<ForecastRow>.Of("Mae", r => r.Forecast.Mae),
        ParquetColumn<ForecastRow>.Of("Rmse", r => r.Forecast.Rmse),
        ParquetColumn<ForecastRow>.Of("Mape", r => r.Forecast.Mape),
        ParquetColumn<ForecastRow>.Of("Smape", r => r.Forecast.Smape),
        ParquetColumn<ForecastRow>.Of("Mase", r => r.Forecast.Mase),
        ParquetColumn<ForecastRow>.Text("Challenger", r => r.Forecast.Challenger),
    ];

    /// <summary>The steps of a view's forecast; none when the grain has no model yet.</summary>
    public static IEnumerable<ForecastRow> RowsOf(AsinAnalyticsView view, TimeSpan step)
    {
        var f = view.Forecast;
        if (f.Model is null || f.From is not { } from || view.Period is not { } origin) yield break;
        for (int h = 1; h <= f.Mean.Length; h++)
            yield return new ForecastRow(view.Asin, origin, from + step * (h - 1), h, f);
    }
}
