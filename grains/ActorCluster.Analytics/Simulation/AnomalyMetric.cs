namespace ActorCluster.Analytics.Simulation;

/// <summary>The metric an injected anomaly applies to.</summary>
public enum AnomalyMetric
{
    /// <summary>Units sold (and through them the sales rank).</summary>
    Units = 0,

    /// <summary>The price.</summary>
    Price = 1,

    /// <summary>The whole record (a gap in the feed).</summary>
    All = 2,
}
