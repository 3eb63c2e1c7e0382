namespace ActorCluster.Analytics.Volatility;

/// <summary>Plain snapshot of an <see cref="AverageTrueRange"/>.</summary>
/// <param name="Count">True ranges seen.</param>
/// <param name="PreviousClose">Last close (NaN before the first bar).</param>
/// <param name="LastTrueRange">Last true range.</param>
/// <param name="Value">Current ATR (NaN while seeding).</param>
/// <param name="SeedSum">Sum of the true ranges while seeding, zero afterwards.</param>
public sealed record AverageTrueRangeState(long Count, double PreviousClose, double LastTrueRange, double Value, double SeedSum);
