namespace ActorCluster.Analytics.Alerts;

/// <summary>Where the open alert of an ASIN stands (an ASIN has at most one open alert).</summary>
public enum AlertState
{
    /// <summary>Qualifying periods seen, but not yet M of the last N (debounce).</summary>
    Pending = 0,

    /// <summary>Fired: the debounce was satisfied.</summary>
    Firing = 1,

    /// <summary>Fired and raised to a higher tier since.</summary>
    Escalated = 2,
}
