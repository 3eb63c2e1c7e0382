namespace ActorCluster.Analytics.Alerts;

/// <summary>
/// Causal inhibition inside one ASIN: a stock-out explains a worse sales rank and fewer units, so those
/// signals are set aside (kept for the record) and the stock-out stands as the one cause.
/// </summary>
public static class Inhibition
{
    /// <summary>Splits <paramref name="active"/> into the signals that count and those explained by another.</summary>
    public static (List<AlertSignal> Kept, List<AlertSignal> Inhibited) Apply(IReadOnlyList<AlertSignal> active)
    {
        var kept = new List<AlertSignal>(active.Count);
        var inhibited = new List<AlertSignal>();
        bool stockOut = active.Any(s => s.Kind == SignalKind.StockOut);
        foreach (var s in active)
            (stockOut && ExplainedByStockOut(s) ? inhibited : kept).Add(s);
        return (kept, inhibited);
    }

    /// <summary>True for the consequences of a stock-out: rank worse, units down, units below the forecast, units oversold.</summary>
    public static bool ExplainedByStockOut(AlertSignal s) => s.Kind switch
    {
        SignalKind.SalesRankJump => true,
        SignalKind.SalesRankThreshold => s.Direction > 0,
        SignalKind.UnitsThreshold or SignalKind.ForecastResidual or SignalKind.UnitsRsi => s.Direction < 0,
        _ => false,
    };
}
