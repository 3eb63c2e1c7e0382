namespace ActorCluster.Analytics.Alerts;

/// <summary>
/// Causal inhibition inside one ASIN: a stock-out explains a worse sales rank and fewer units, so those
/// signals are set aside (kept for the record) and the stock-out stands as the one cause. A promotion the seller
/// reported explains the price cut, the sales jump and the better rank it brings, its end explains the way back, and
/// the pull-forward dip after it (customers who stocked up) explains fewer units and a worse rank for a while. A retail
/// event of the calendar (Prime Day, Black Friday, the Christmas run-up) explains the demand moves it brings and the way
/// back in the days after. Those are expected, not anomalies.
/// </summary>
public static class Inhibition
{
    /// <summary>Splits <paramref name="active"/> into the signals that count and those explained by another cause.</summary>
    /// <param name="active">The active signals.</param>
    /// <param name="promotion">The period is a reported promotion.</param>
    /// <param name="promotionEnded">The previous period was a promotion and this one is not.</param>
    /// <param name="promotionDip">The period lies in the pull-forward dip after a promotion (fewer units expected).</param>
    /// <param name="calendarEvent">A retail event covers the period or ended a few periods before (demand moves expected).</param>
    public static (List<AlertSignal> Kept, List<AlertSignal> Inhibited) Apply(IReadOnlyList<AlertSignal> active, bool promotion = false,
        bool promotionEnded = false, bool promotionDip = false, bool calendarEvent = false)
    {
        var kept = new List<AlertSignal>(active.Count);
        var inhibited = new List<AlertSignal>();
        bool stockOut = false;
        foreach (var s in active) stockOut |= s.Kind == SignalKind.StockOut;
        foreach (var s in active)
        {
            bool explained = (stockOut && ExplainedByStockOut(s)) || (promotion && ExplainedByPromotion(s, +1))
                || (promotionEnded && ExplainedByPromotion(s, -1)) || (promotionDip && ExplainedByDemandDrop(s))
                || (calendarEvent && ExplainedByCalendarEvent(s));
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
    public static bool ExplainedByStockOut(AlertSignal s) => ExplainedByDemandDrop(s);

    /// <summary>True for the signs of lower demand: rank worse, units down, units below the forecast, units oversold.</summary>
    public static bool ExplainedByDemandDrop(AlertSignal s) => s.Kind switch
    {
        SignalKind.SalesRankJump => true,
        SignalKind.SalesRankThreshold => s.Direction > 0,
        SignalKind.UnitsThreshold or SignalKind.ForecastResidual or SignalKind.UnitsRsi => s.Direction < 0,
        _ => false,
    };

    /// <summary>True for demand signals in either direction (units, surge, residual, rank): what a retail event moves.</summary>
    public static bool ExplainedByCalendarEvent(AlertSignal s) => s.Group is SignalGroup.Units or SignalGroup.SalesRank;
}
