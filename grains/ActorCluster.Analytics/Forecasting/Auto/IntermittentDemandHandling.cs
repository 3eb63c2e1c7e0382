namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>How <see cref="AutoForecaster"/> treats a series whose Syntetos–Boylan class is intermittent or lumpy (ADI ≥ 1.32).</summary>
public enum IntermittentDemandHandling
{
    /// <summary>
    /// The class decides the family: only Croston-SBA and TSB (and their median) compete, ranked by
    /// <see cref="ForecastPolicy.IntermittentMetric"/>. The categorisation of Syntetos, Boylan &amp; Croston (2005)
    /// recommends them for these classes; continuous models forecast about the same mean there (M5 item level: Croston
    /// 0.926, exponential smoothing 0.915, ARIMA 0.917 WRMSSE) but give Gaussian intervals with negative lower bounds.
    /// </summary>
    Classify,

    /// <summary>Croston/TSB compete with every other family, all ranked by <see cref="ForecastPolicy.IntermittentMetric"/>.</summary>
    Compete,
}
