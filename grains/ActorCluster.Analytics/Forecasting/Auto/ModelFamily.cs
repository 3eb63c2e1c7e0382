namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>The model families <see cref="AutoForecaster"/> chooses among.</summary>
public enum ModelFamily
{
    /// <summary>Exponential smoothing in state-space form, the form chosen by AICc (<c>EtsSelector</c>).</summary>
    Ets,

    /// <summary>Seasonal ARIMA, orders chosen by KPSS/seasonal-strength tests and AICc (<c>AutoSarima</c>).</summary>
    Sarima,

    /// <summary>The M4 Theta method.</summary>
    Theta,

    /// <summary>Croston-SBA or TSB, offered only when the Syntetos–Boylan class is intermittent or lumpy.</summary>
    Intermittent,

    /// <summary>Seasonal naive: each step repeats the value one season earlier.</summary>
    SeasonalNaive,

    /// <summary>Naive: every step repeats the last value (also the answer for a constant series).</summary>
    Naive,

    /// <summary>The median of the best-ranked other candidates.</summary>
    Combination,
}
