namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>Trend component of an ETS model. Multiplicative trends are not offered (R's <c>ets</c> excludes them by default).</summary>
public enum EtsTrend
{
    /// <summary>No trend ("N").</summary>
    None = 0,

    /// <summary>Additive (linear) trend ("A"): forecasts grow by b per step.</summary>
    Additive = 1,

    /// <summary>Additive damped trend ("Ad"): the h-step trend is (phi + ... + phi^h) b, phi in [0.8, 0.98].</summary>
    AdditiveDamped = 2,
}
