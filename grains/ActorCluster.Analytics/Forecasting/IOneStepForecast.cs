namespace ActorCluster.Analytics.Forecasting;

/// <summary>
/// A model that knows its next-period point forecast without building a <see cref="Forecast"/>: lets the
/// per-observation path track accuracy without allocating.
/// </summary>
public interface IOneStepForecast
{
    /// <summary>Point forecast for the next period from the current state.</summary>
    double OneStepForecast { get; }
}
