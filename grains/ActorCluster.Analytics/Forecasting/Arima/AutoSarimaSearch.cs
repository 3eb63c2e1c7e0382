namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>How <see cref="AutoSarima"/> explores the orders once d and D are fixed.</summary>
public enum AutoSarimaSearch
{
    /// <summary>Hyndman &amp; Khandakar (2008) stepwise search: four starting models, then ±1 moves in p, q, P, Q and the constant while AICc improves.</summary>
    Stepwise,

    /// <summary>
    /// A fixed set of ten cheap candidates, each fitted once: with a season (0,d,1)(0,D,1) (the airline model),
    /// (1,d,0)(0,D,1), (1,d,1)(0,D,1), (0,d,1)(1,D,0), (1,d,0)(1,D,0); and (0,d,1), (1,d,0), (1,d,1), (2,d,0),
    /// (0,d,0) with the seasonal orders at zero (D kept). Roughly 2–4× cheaper than stepwise.
    /// </summary>
    Candidates,
}
