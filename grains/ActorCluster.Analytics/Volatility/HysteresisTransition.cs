namespace ActorCluster.Analytics.Volatility;

/// <summary>State change reported by <see cref="HysteresisBand.Update"/>.</summary>
public enum HysteresisTransition
{
    /// <summary>No change of state.</summary>
    None = 0,

    /// <summary>The value rose above the trigger line.</summary>
    Entered = 1,

    /// <summary>The value fell below the exit line (trigger × (1 − buffer)).</summary>
    Exited = 2,
}
