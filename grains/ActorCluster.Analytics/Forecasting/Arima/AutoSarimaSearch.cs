namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>How <see cref="AutoSarima"/> explores the orders once d and D are fixed.</summary>
public enum AutoSarimaSearch
{
    /// <summary>Hyndman &amp; Khandakar (2008) stepwise search: four starting models, then ±1 moves in p, q, P, Q and the constant while AICc improves.</summary>
    Stepwise,

    /// <summary>A fixed handful of airline-style candidates ((0,d,1)(0,D,1), (1,d,0)(0,D,1), (1,d,1)(0,D,1), …): cheapest.</summary>
    Candidates,
}
