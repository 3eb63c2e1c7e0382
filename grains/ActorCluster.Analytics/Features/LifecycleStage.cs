namespace ActorCluster.Analytics.Features;

/// <summary>Product life-cycle stage (Levitt 1965, "Exploit the product life cycle", HBR 43(6)).</summary>
public enum LifecycleStage
{
    /// <summary>Too little history to judge: the product has just appeared.</summary>
    Introduction = 0,

    /// <summary>Demand rising faster than the growth threshold.</summary>
    Growth = 1,

    /// <summary>Demand roughly flat.</summary>
    Maturity = 2,

    /// <summary>Demand falling faster than the decline threshold, or no demand at all.</summary>
    Decline = 3,
}
