namespace ActorCluster.Analytics.Alerts;

/// <summary>Everything an <see cref="AlertLifecycle"/> holds, as plain records for persistence.</summary>
/// <param name="Asin">The product.</param>
/// <param name="Category">Its category, for category snoozes.</param>
/// <param name="LastSequence">Last sequence number handed out.</param>
/// <param name="Open">The open alert, if any.</param>
/// <param name="DebounceBits">The debounce window (<see cref="DebounceWindow.Bits"/>).</param>
/// <param name="ClearRun">Consecutive non-qualifying periods of the open alert.</param>
/// <param name="HeldSignals">Signals held by hysteresis (<see cref="SignalHysteresis.Held"/>).</param>
/// <param name="Snoozes">Snoozes in force.</param>
/// <param name="History">The bounded history, oldest first.</param>
/// <param name="Feedback">The feedback rule's state.</param>
/// <param name="Override">Per-ASIN rule options replacing the defaults, if any.</param>
/// <param name="LastPromotion">The last period reported as a promotion (its pull-forward dip follows), if any.</param>
public sealed record AlertLifecycleState(
    string Asin,
    string? Category,
    long LastSequence,
    OpenAlert? Open,
    ulong DebounceBits,
    int ClearRun,
    int HeldSignals,
    IReadOnlyList<AlertSnooze> Snoozes,
    IReadOnlyList<AlertTransition> History,
    FeedbackState Feedback,
    AlertRuleOptions? Override,
    DateTime? LastPromotion = null);
