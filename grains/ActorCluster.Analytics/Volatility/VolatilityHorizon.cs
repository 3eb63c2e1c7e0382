namespace ActorCluster.Analytics.Volatility;

/// <summary>The three windows of the base layer.</summary>
public enum VolatilityHorizon
{
    /// <summary>Short term, 20 periods by default.</summary>
    Short = 0,

    /// <summary>Medium term, 60 periods by default.</summary>
    Medium = 1,

    /// <summary>Long term, 250 periods by default.</summary>
    Long = 2,
}
