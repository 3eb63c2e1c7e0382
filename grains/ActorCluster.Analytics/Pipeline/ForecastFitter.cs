using ActorCluster.Analytics.Forecasting;

namespace ActorCluster.Analytics.Pipeline;

/// <summary>
/// Fits a forecast model to a unit series with season length <paramref name="seasonLength"/>; returns null
/// with a reason when it cannot. The model must have absorbed the whole series (its state is current).
/// With <paramref name="previous"/> the fitter may refit that model's form warm-started from its parameters
/// (a scheduled refit) instead of selecting again among every family.
/// </summary>
public delegate IForecastModel? ForecastFitter(ReadOnlySpan<double> history, int seasonLength, IForecastModel? previous, out string reason);
