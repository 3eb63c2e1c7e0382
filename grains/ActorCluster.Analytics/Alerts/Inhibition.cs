namespace ActorCluster.Analytics.Alerts;

/// <summary>
/// Causal inhibition inside one ASIN: a stock-out explains a worse sales rank and fewer units, so those
/// signals are set aside (kept for the record) and the stock-out stands as the one cause. A promotion the seller
/// reported explains the price cut, the sales jump and the better rank it brings, and its end explains the way back;
/// those are expected, not anomalies.
/// </summary>
public static class Inhibition
{
    /// <summary>Splits <paramref name="active"/> into the signals that count and those explained by another cause.</summary>
    /// <param name="active">The active signals.</param>
    /// <param name="promotion">The period is a reported promotion.</param>
    /// <param name="promotionEnded">The previous period was a promotion and this one is not.</param>
    public static (List<AlertSignal> Kept, List<AlertSignal> Inhibited) Apply(IReadOnlyList<AlertSignal> active, bool promotion = false, bool promotionEnded = false)
    {
        var kept = new List<AlertSignal>(active.Count);
        var inhibited = new List<AlertSignal>();
        bool stockOut = active.Any(s => s.Kind == SignalKind.StockOut);
        foreach (var s in active)
        {
            bool explained = (stockOut && ExplainedByStockOut(s)) || (promotion && ExplainedByPromotion(s, +1)) || (promotionEnded && ExplainedByPromotion(s, -1));
            (explained ? inhibited : kept).Add(s);
        }
        return (kept, inhibited);
    }

    /// <summary>
    /// What a promotion explains (<paramref name="phase"/> +1, while it runs) or its end (−1): price down and units,
    /// sales and rank up during it; the reverse when it ends. Stock-outs and drift are never explained by it.
    /// </summary>
    public static bool ExplainedByPromotion(AlertSignal s, int phase) => s.Kind switch
    {
        SignalKind.PriceThreshold or SignalKind.PriceAtrBand or SignalKind.PriceRsi => s.Direction == -phase,
        SignalKind.UnitsThreshold or SignalKind.ForecastResidual or SignalKind.UnitsRsi => s.Direction == phase,
        SignalKind.UnitsSurge => phase > 0,
        SignalKind.SalesRankThreshold => s.Direction == -phase,
        SignalKind.SalesRankJump => phase < 0,
        _ => false,
    };

    /// <summary>True for the consequences of a stock-out: rank worse, units down, units below the forecast, units oversold.</summary>
    public static bool ExplainedByStockOut(AlertSignal s) => s.Kind switch
    {
        SignalKind.SalesRankJump => true,
        SignalKind.SalesRankThreshold => s.Direction > 0,
        SignalKind.UnitsThreshold or SignalKind.ForecastResidual or SignalKind.UnitsRsi => s.Direction < 0,
        _ => false,
    };
}
