namespace ActorCluster.Analytics.Volatility;

/// <summary>Plain snapshot of an <see cref="EntropyWeights"/> window, oldest first.</summary>
/// <param name="History">History-layer volatilities.</param>
/// <param name="Recent">Recent-layer volatilities, same length.</param>
public sealed record EntropyWeightsState(double[] History, double[] Recent);
