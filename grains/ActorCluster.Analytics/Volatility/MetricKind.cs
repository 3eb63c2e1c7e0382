namespace ActorCluster.Analytics.Volatility;

/// <summary>The observed product metrics that carry their own volatility threshold.</summary>
public enum MetricKind
{
    /// <summary>Units sold per period; a count that is often zero.</summary>
    Units = 0,

    /// <summary>Price; strictly positive.</summary>
    Price = 1,

    /// <summary>Amazon sales rank; strictly positive, lower is better.</summary>
    SalesRank = 2,
}
