namespace ActorCluster.Analytics.Volatility;

/// <summary>What happened to a level handed to a <c>TryPush</c> method.</summary>
public enum PushStatus
{
    /// <summary>The level produced a log-change that updated the statistics.</summary>
    Accepted = 0,

    /// <summary>First valid level: stored as the reference for the next change; no change yet.</summary>
    FirstLevel = 1,

    /// <summary>Rejected: NaN or infinity. State unchanged.</summary>
    NotFinite = 2,

    /// <summary>Rejected: outside the domain of the log transform (e.g. a price ≤ 0). State unchanged.</summary>
    OutOfDomain = 3,
}
