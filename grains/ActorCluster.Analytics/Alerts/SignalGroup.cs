namespace ActorCluster.Analytics.Alerts;

/// <summary>
/// The quantity a signal reads. Signals of one group move together (a units jump raises the units threshold, the
/// surge, the units RSI and the forecast residual at once), so <see cref="CompositeProbability"/> takes the strongest
/// evidence within a group instead of multiplying them as if they were independent.
/// </summary>
public enum SignalGroup
{
    /// <summary>Units sold: <see cref="SignalKind.UnitsThreshold"/>, <see cref="SignalKind.ForecastResidual"/>, <see cref="SignalKind.UnitsSurge"/>, <see cref="SignalKind.UnitsRsi"/>.</summary>
    Units = 0,

    /// <summary>Price: <see cref="SignalKind.PriceThreshold"/>, <see cref="SignalKind.PriceAtrBand"/>, <see cref="SignalKind.PriceRsi"/>.</summary>
    Price = 1,

    /// <summary>Sales rank: <see cref="SignalKind.SalesRankThreshold"/>, <see cref="SignalKind.SalesRankJump"/>.</summary>
    SalesRank = 2,

    /// <summary><see cref="SignalKind.StockOut"/>.</summary>
    StockOut = 3,

    /// <summary><see cref="SignalKind.Drift"/>.</summary>
    Drift = 4,
}
