namespace ActorCluster.Analytics.Alerts;

/// <summary>Severity of an alert (MISSION §6); ordered, so a larger value is a higher tier.</summary>
public enum AlertTier
{
    /// <summary>No alert: no signal, or a composite probability below the firing floor.</summary>
    None = 0,

    /// <summary>One indicator beyond its threshold: watched (24 hours by default).</summary>
    Yellow = 1,

    /// <summary>A threshold crossed and at least two secondary signals agree: pushed in real time.</summary>
    Orange = 2,

    /// <summary>Composite probability above the red line (0.90): pushed, and the action hook runs.</summary>
    Red = 3,
}
