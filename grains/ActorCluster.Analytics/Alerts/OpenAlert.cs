namespace ActorCluster.Analytics.Alerts;

/// <summary>The open (pending or firing) alert of an ASIN.</summary>
/// <param name="Id">Deterministic id: <c>ASIN-sequence</c> of the entry that opened it.</param>
/// <param name="State">Pending, firing or escalated.</param>
/// <param name="Tier">Highest tier reached (an alert does not de-escalate; it resolves).</param>
/// <param name="OpenedAt">Period of the opening entry.</param>
/// <param name="Acknowledged">The acknowledgement, if any.</param>
public sealed record OpenAlert(string Id, AlertState State, AlertTier Tier, DateTime OpenedAt, Acknowledgement? Acknowledged = null);
