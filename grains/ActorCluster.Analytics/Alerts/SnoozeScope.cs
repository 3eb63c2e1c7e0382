namespace ActorCluster.Analytics.Alerts;

/// <summary>What a snooze silences.</summary>
public enum SnoozeScope
{
    /// <summary>Every alert of the ASIN.</summary>
    Asin = 0,

    /// <summary>Alerts of ASINs in a product category.</summary>
    Category = 1,

    /// <summary>Alerts of one tier.</summary>
    Tier = 2,
}
