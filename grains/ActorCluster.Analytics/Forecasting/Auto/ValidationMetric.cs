namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>The error by which <see cref="AutoForecaster"/> ranks candidates on the validation windows.</summary>
public enum ValidationMetric
{
    /// <summary>
    /// Mean absolute scaled error: MAE over the window divided by the in-sample seasonal naive MAE of the
    /// training part (Hyndman &amp; Koehler 2006); defined with zeros in the data, so it suits intermittent sales.
    /// </summary>
    Mase,

    /// <summary>
    /// Root mean squared scaled error, the M5 competition's measure: √(MSE / mean squared one-step change of the
    /// training part). Squared errors are minimised by the mean, so, unlike MASE, it does not reward forecasting
    /// zero for mostly-zero series (Kolassa 2016, IJF 32(3); Makridakis et al. 2022, IJF 38(4)).
    /// </summary>
    Rmsse,

    /// <summary>Symmetric MAPE in percent (the M4 definition); a zero actual with a non-zero forecast scores 200.</summary>
    Smape,

    /// <summary>
    /// ½·(sMAPE/sMAPE_sNaive + MASE/MASE_sNaive) on the validation windows: the M4 OWA with the seasonal naive
    /// forecast as the reference, for when the result will be judged on both measures.
    /// </summary>
    Owa,
}
