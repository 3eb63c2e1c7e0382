namespace ActorCluster.Analytics.Volatility;

/// <summary>Plain snapshot of a <see cref="RollingVolatility"/>: the raw window, from which everything else is rebuilt.</summary>
/// <param name="Changes">The most recent log-changes, oldest first, at most the long window's length.</param>
/// <param name="LastLevel">The last accepted level (untransformed); NaN before the first level.</param>
/// <param name="Count">Log-changes pushed over the lifetime (may exceed <c>Changes.Length</c>).</param>
public sealed record RollingVolatilityState(double[] Changes, double LastLevel, long Count);
