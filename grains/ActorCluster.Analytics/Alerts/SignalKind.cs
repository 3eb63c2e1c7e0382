namespace ActorCluster.Analytics.Alerts;

/// <summary>
/// The signals an observation can raise. The first four are primary (a metric beyond its volatility
/// threshold); the rest are secondary (corroborating evidence).
/// </summary>
public enum SignalKind
{
    /// <summary>Primary: the units log-change scored beyond the units volatility threshold.</summary>
    UnitsThreshold = 0,

    /// <summary>Primary: the price log-change scored beyond the price volatility threshold.</summary>
    PriceThreshold = 1,

    /// <summary>Primary: the sales-rank log-change scored beyond the sales-rank volatility threshold.</summary>
    SalesRankThreshold = 2,

    /// <summary>Primary: the one-step forecast residual beyond its band (z × residual scale).</summary>
    ForecastResidual = 3,

    /// <summary>Secondary: units above a multiple (1.5) of their 20-period mean.</summary>
    UnitsSurge = 4,

    /// <summary>Secondary: units RSI above the high line (70) or below the low line (30).</summary>
    UnitsRsi = 5,

    /// <summary>Secondary: price RSI above the high line (70) or below the low line (30).</summary>
    PriceRsi = 6,

    /// <summary>Secondary: the price log-move is wider than a multiple of the price ATR.</summary>
    PriceAtrBand = 7,

    /// <summary>Secondary: the sales rank worsened (rose) by more than a set log-change.</summary>
    SalesRankJump = 8,

    /// <summary>Secondary: out of stock, or zero units right after a selling period.</summary>
    StockOut = 9,

    /// <summary>Secondary: the drift test found the recent units distribution left the reference one.</summary>
    Drift = 10,
}
