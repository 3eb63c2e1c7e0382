namespace ActorCluster.Analytics.Forecasting.Baseline;

/// <summary>Post-processing of interval bounds shared by the models of non-negative quantities.</summary>
internal static class ForecastBounds
{
    /// <summary>Floors every mean and bound at 0 in place (sales cannot be negative).</summary>
    public static void FloorAtZero(Forecast forecast)
    {
        for (int j = 0; j < forecast.Horizon; j++)
        {
            forecast.Mean[j] = Math.Max(forecast.Mean[j], 0);
            forecast.Lower80[j] = Math.Max(forecast.Lower80[j], 0);
            forecast.Lower95[j] = Math.Max(forecast.Lower95[j], 0);
            forecast.Upper80[j] = Math.Max(forecast.Upper80[j], 0);
            forecast.Upper95[j] = Math.Max(forecast.Upper95[j], 0);
        }
    }
}
