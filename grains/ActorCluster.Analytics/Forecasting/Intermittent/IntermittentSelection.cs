namespace ActorCluster.Analytics.Forecasting.Intermittent;

/// <summary>
/// The outcome of <see cref="IntermittentModelSelector.TrySelect"/>: the series' classification and, unless
/// demand is smooth, the chosen intermittent model.
/// </summary>
/// <param name="Classification">ADI, CV² and category.</param>
/// <param name="Model">Croston-SBA or TSB, whichever had the lower in-sample MSE; null for smooth demand.</param>
/// <param name="Note">Why this model (or why none).</param>
public sealed record IntermittentSelection(DemandClassification Classification, IForecastModel? Model, string Note)
{
    /// <summary>True for smooth demand: the caller should use a continuous model (ETS, ARIMA, Theta).</summary>
    public bool UseContinuousModel => Model is null;
}
