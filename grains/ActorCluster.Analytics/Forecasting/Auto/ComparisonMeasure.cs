namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>The error <see cref="ChampionChallenger"/> compares over its window (definitions in <c>ForecastAccuracy</c>).</summary>
public enum ComparisonMeasure
{
    /// <summary>Mean absolute error (MASE ranks the same, both models sharing one scale).</summary>
    Mae,

    /// <summary>Root mean squared error; the better choice for intermittent demand, where MAE favours forecasting zero.</summary>
    Rmse,

    /// <summary>Symmetric MAPE in percent.</summary>
    Smape,
}
