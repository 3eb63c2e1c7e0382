namespace ActorCluster.Analytics.Alerts;

/// <summary>What a history entry records.</summary>
public enum AlertTransitionKind
{
    /// <summary>An alert opened and waits for the debounce.</summary>
    Pending = 0,

    /// <summary>An alert fired.</summary>
    Firing = 1,

    /// <summary>A firing alert moved to a higher tier.</summary>
    Escalated = 2,

    /// <summary>A firing alert resolved (the resolve notice).</summary>
    Resolved = 3,

    /// <summary>A pending alert cleared before it fired.</summary>
    Cancelled = 4,

    /// <summary>Someone acknowledged the open alert.</summary>
    Acknowledged = 5,

    /// <summary>Someone snoozed or silenced alerts until a time.</summary>
    Snoozed = 6,

    /// <summary>The feedback rule asks to lower the dynamic layer's weight (see <see cref="AlertEvaluation.LowerRecentWeight"/>).</summary>
    FeedbackLowerWeight = 7,
}
