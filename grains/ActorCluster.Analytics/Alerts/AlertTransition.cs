namespace ActorCluster.Analytics.Alerts;

/// <summary>One entry of an ASIN's alert history: who or what did what, when and why. Plain data, safe to persist.</summary>
/// <param name="Asin">The product.</param>
/// <param name="Sequence">Per-ASIN sequence number, strictly increasing from 1.</param>
/// <param name="AlertId">The alert this entry belongs to (<c>ASIN-sequence</c> of its opening entry); null for snoozes and feedback.</param>
/// <param name="At">The period (or the time of a command).</param>
/// <param name="Kind">What happened.</param>
/// <param name="Tier">The alert's tier after the entry.</param>
/// <param name="Probability">Composite probability of the period (NaN for commands).</param>
/// <param name="Signals">The signals that caused it, with values and thresholds.</param>
/// <param name="Inhibited">Signals explained by another one.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Notify">True when subscribers should be told (fired, escalated or resolved, and not snoozed).</param>
/// <param name="By">Who issued a command (acknowledge, snooze); null for rule decisions.</param>
/// <param name="RecordedAt">Wall-clock time (UTC) the entry was recorded (<see cref="AlertLifecycle.Clock"/>).</param>
public sealed record AlertTransition(
    string Asin,
    long Sequence,
    string? AlertId,
    DateTime At,
    AlertTransitionKind Kind,
    AlertTier Tier,
    double Probability,
    IReadOnlyList<AlertSignal> Signals,
    IReadOnlyList<AlertSignal> Inhibited,
    string Reason,
    bool Notify,
    string? By = null,
    DateTime RecordedAt = default);
