namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>How much work <see cref="AutoForecaster"/> spends on choosing a model.</summary>
public enum AutoForecastMode
{
    /// <summary>
    /// One validation origin: every family is fitted once on the series minus the validation window, scored on
    /// that window, and the winner absorbs the window through <see cref="IForecastModel.Update"/> (no refit), so
    /// each family costs one fit.
    /// </summary>
    Fast,

    /// <summary>
    /// Rolling-origin validation over several origins (Tashman 2000), then the winner is refitted on the whole
    /// series, warm-started from its last validation fit where the family supports it.
    /// </summary>
    Accurate,
}
