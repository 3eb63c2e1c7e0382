namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// Error component of an ETS model (Hyndman, Koehler, Ord &amp; Snyder 2008, "Forecasting with Exponential
/// Smoothing", ch. 2). Both error types share the same state recursions and point forecasts; they differ in the
/// likelihood and in the forecast variance.
/// </summary>
public enum EtsError
{
    /// <summary>y_t = mu_t + e_t, e_t ~ N(0, sigma^2).</summary>
    Additive = 0,

    /// <summary>y_t = mu_t (1 + e_t), e_t ~ N(0, sigma^2); only for strictly positive series.</summary>
    Multiplicative = 1,
}
