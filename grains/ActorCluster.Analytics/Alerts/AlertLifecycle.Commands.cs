namespace ActorCluster.Analytics.Alerts;

public sealed partial class AlertLifecycle
{
    /// <summary>History entries after <paramref name="sequence"/> still held (a reconnecting client's replay).</summary>
    public IEnumerable<AlertTransition> HistorySince(long sequence) => _history.Where(t => t.Sequence > sequence);

    /// <summary>Replaces the thresholds, tiers and debounce of this ASIN (null returns to the defaults); invalid options throw.</summary>
    public void SetOverride(AlertRuleOptions? options)
    {
        options?.Validate();
        _override = options;
    }

    /// <summary>
    /// Acknowledges the open alert <paramref name="alertId"/>; returns the history entry, or null when no open
    /// alert has that id (an unknown or already resolved alert).
    /// </summary>
    public AlertTransition? Acknowledge(string alertId, string by, DateTime at, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (Current is not { } open || open.Id != alertId) return null;
        Current = open with { Acknowledged = new Acknowledgement(by, at, note) };
        return Record(open.Id, at, AlertTransitionKind.Acknowledged, open.Tier, null, false, by, note ?? "acknowledged");
    }

    /// <summary>Silences notifications per the snooze until its end; recorded in the history.</summary>
    public AlertTransition Snooze(AlertSnooze snooze, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(snooze);
        if (snooze.Scope == SnoozeScope.Category && string.IsNullOrWhiteSpace(snooze.Category)) throw new ArgumentException("a category snooze needs a category", nameof(snooze));
        if (snooze.Scope == SnoozeScope.Tier && snooze.Tier == AlertTier.None) throw new ArgumentException("a tier snooze needs a tier", nameof(snooze));
        _snoozes.Add(snooze);
        string what = snooze.Scope switch
        {
            SnoozeScope.Category => $"category {snooze.Category}",
            SnoozeScope.Tier => $"{snooze.Tier} alerts",
            _ => "all alerts of " + Asin,
        };
        return Record(Current?.Id, at, AlertTransitionKind.Snoozed, Current?.Tier ?? AlertTier.None, null, false, snooze.By,
            $"{what} silenced until {snooze.Until:O}{(snooze.Note is null ? "" : ": " + snooze.Note)}");
    }

    /// <summary>
    /// Applies a snooze handed down from elsewhere (a category snooze): recorded once; returns null when the same
    /// snooze is already held or has expired at <paramref name="at"/>.
    /// </summary>
    public AlertTransition? Adopt(AlertSnooze snooze, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(snooze);
        if (snooze.Until <= at || _snoozes.Contains(snooze)) return null;
        return Snooze(snooze, at);
    }

    /// <summary>A copy of this lifecycle for an ASIN that moved to <paramref name="category"/> (state kept).</summary>
    public AlertLifecycle WithCategory(string? category)
    {
        if (string.Equals(category, Category, StringComparison.Ordinal)) return this;
        var copy = FromState(ExportState() with { Category = category }, _defaults);
        copy.Clock = Clock;
        return copy;
    }

    /// <summary>Snoozes in force (expired ones are dropped at the next evaluation).</summary>
    public IReadOnlyList<AlertSnooze> Snoozes => _snoozes;

    /// <summary>True when a snooze silences an alert of <paramref name="tier"/> at <paramref name="at"/>.</summary>
    public bool IsSilenced(AlertTier tier, DateTime at) => _snoozes.Any(s => s.Silences(Category, tier, at));

    /// <summary>The whole state as plain records.</summary>
    public AlertLifecycleState ExportState() => new(
        Asin, Category, LastSequence, Current, _debounce.Bits, _clearRun, _hysteresis.Held,
        [.. _snoozes], [.. _history], _feedback.State, _override, _lastPromotion);

    /// <summary>Rebuilds a lifecycle from <paramref name="state"/> with the shared <paramref name="defaults"/>.</summary>
    public static AlertLifecycle FromState(AlertLifecycleState state, AlertRuleOptions? defaults = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        var l = new AlertLifecycle(state.Asin, state.Category, defaults);
        l.SetOverride(state.Override);
        l.LastSequence = state.LastSequence;
        l.Current = state.Open;
        l._debounce = new DebounceWindow(state.DebounceBits);
        l._clearRun = state.ClearRun;
        l._lastPromotion = state.LastPromotion;
        l._hysteresis = new SignalHysteresis(state.HeldSignals);
        l._feedback = new FeedbackTracker(state.Feedback);
        l._snoozes.AddRange(state.Snoozes);
        foreach (var t in state.History) l._history.Enqueue(t);
        return l;
    }
}
