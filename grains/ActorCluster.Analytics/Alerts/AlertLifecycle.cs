using ActorCluster.Analytics.Volatility;

namespace ActorCluster.Analytics.Alerts;

/// <summary>
/// The alerts of one ASIN (MISSION §6): pending → firing → escalated → resolved, with hysteresis on every
/// signal, an M-of-N debounce before firing (strong evidence fires at once, <see cref="TierRules.FiresAtOnce"/>), a run
/// of clear periods before resolving, inhibition (stock-outs, reported promotions and their pull-forward dip, retail
/// events of the calendar), snoozes, acknowledgements, the feedback rule and a bounded history. Not thread-safe: one
/// grain owns one instance.
/// </summary>
public sealed partial class AlertLifecycle
{
    private readonly AlertRuleOptions _defaults;
    private AlertRuleOptions? _override;
    private SignalHysteresis _hysteresis = new();
    private DebounceWindow _debounce = new();
    private FeedbackTracker _feedback = new();
    private readonly Queue<AlertTransition> _history = new();
    private readonly List<AlertSnooze> _snoozes = [];
    private int _clearRun;
    private DateTime? _lastPromotion;

    /// <summary>Creates an empty lifecycle; invalid options throw.</summary>
    /// <param name="asin">The product.</param>
    /// <param name="category">Its category, matched by category snoozes (optional).</param>
    /// <param name="defaults">Rule options shared by all ASINs (defaults when null).</param>
    public AlertLifecycle(string asin, string? category = null, AlertRuleOptions? defaults = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(asin);
        (Asin, Category, _defaults) = (asin, category, defaults ?? new AlertRuleOptions());
        _defaults.Validate();
    }

    /// <summary>The product.</summary>
    public string Asin { get; }

    /// <summary>Its category (for category snoozes).</summary>
    public string? Category { get; }

    /// <summary>The options in force: the per-ASIN override, or the shared defaults.</summary>
    public AlertRuleOptions Options => _override ?? _defaults;

    /// <summary>The per-ASIN override, if any.</summary>
    public AlertRuleOptions? Override => _override;

    /// <summary>Last sequence number handed out (0 before any entry).</summary>
    public long LastSequence { get; private set; }

    /// <summary>The open alert, or null.</summary>
    public OpenAlert? Current { get; private set; }

    /// <summary>Wall clock stamped on each entry as <see cref="AlertTransition.RecordedAt"/> (system clock by default).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>The bounded history, oldest first.</summary>
    public IReadOnlyCollection<AlertTransition> History => _history;

    /// <summary>Runs the rules on one observation and advances the lifecycle. Never throws on NaN inputs.</summary>
    public AlertEvaluation Evaluate(in AlertInput input)
    {
        var o = Options;
        DateTime at = input.At;
        var measured = AlertSignals.Measure(input, o);
        int lowerMask = _feedback.Observe(at, measured, o);
        bool promotionEnded = input.Previous is { Promotion: true } && !input.Current.Promotion;
        if (input.Current.Promotion) _lastPromotion = at;
        bool promotionDip = !input.Current.Promotion && _lastPromotion is { } last && at - last <= o.PromotionDip;
        var (kept, inhibited) = Inhibition.Apply(_hysteresis.Apply(measured, o.HysteresisBuffer), input.Current.Promotion, promotionEnded,
            promotionDip, CalendarEvents.Explain(input, o));
        var decision = TierRules.Decide(kept, inhibited, o);
        _snoozes.RemoveAll(s => s.Until <= at);
        var output = new List<AlertTransition>();
        var lower = Metrics(lowerMask);
        if (lower.Count > 0)
            output.Add(Record(null, at, AlertTransitionKind.FeedbackLowerWeight, Current?.Tier ?? AlertTier.None, decision, false, null,
                $"{o.FeedbackRunLength} alerts in a row were not followed by a significant move: lower the dynamic weight of {string.Join(", ", lower)}"));
        bool qualifies = decision.Tier != AlertTier.None;
        _debounce.Push(qualifies);
        Advance(at, decision, qualifies, _debounce.Count(o.FireWindow) >= o.FireAfter || TierRules.FiresAtOnce(decision, o), o, output);
        return new AlertEvaluation(decision, output, lower);
    }

    private void Advance(DateTime at, AlertDecision d, bool qualifies, bool debounced, AlertRuleOptions o, List<AlertTransition> output)
    {
        var open = Current;
        if (open is null)
        {
            if (!qualifies) return;
            string id = $"{Asin}-{LastSequence + 1}";
            if (debounced) Fire(id, at, d.Tier, d, o, output);
            else
            {
                Current = new OpenAlert(id, AlertState.Pending, d.Tier, at);
                output.Add(Record(id, at, AlertTransitionKind.Pending, d.Tier, d, false, null, $"pending: {d.Reason}"));
            }
            return;
        }
        if (open.State == AlertState.Pending)
        {
            var tier = (AlertTier)Math.Max((int)open.Tier, (int)d.Tier);
            if (qualifies && debounced) Fire(open.Id, at, tier, d, o, output);
            else if (_debounce.Count(o.FireWindow) == 0)
            {
                Current = null;
                output.Add(Record(open.Id, at, AlertTransitionKind.Cancelled, open.Tier, d, false, null, "cleared before firing"));
            }
            else Current = open with { Tier = tier };
            return;
        }
        if (qualifies)
        {
            _clearRun = 0;
            if (d.Tier <= open.Tier) return;
            Current = open with { State = AlertState.Escalated, Tier = d.Tier };
            output.Add(Record(open.Id, at, AlertTransitionKind.Escalated, d.Tier, d, !IsSilenced(d.Tier, at), null, $"escalated from {open.Tier}: {d.Reason}"));
            return;
        }
        if (++_clearRun < o.ResolveAfter) return;
        Current = null;
        _clearRun = 0;
        output.Add(Record(open.Id, at, AlertTransitionKind.Resolved, open.Tier, d, !IsSilenced(open.Tier, at), null,
            $"resolved after {o.ResolveAfter} period(s) without a qualifying signal"));
    }

    private void Fire(string id, DateTime at, AlertTier tier, AlertDecision d, AlertRuleOptions o, List<AlertTransition> output)
    {
        Current = new OpenAlert(id, AlertState.Firing, tier, Current?.OpenedAt ?? at);
        _clearRun = 0;
        output.Add(Record(id, at, AlertTransitionKind.Firing, tier, d, !IsSilenced(tier, at), null, d.Reason));
        int mask = 0;
        foreach (var s in d.Signals) if (s.Metric is { } m) mask |= 1 << (int)m;
        if (mask != 0) _feedback.Watch(at, o.WatchPeriod, mask);
    }

    private AlertTransition Record(string? id, DateTime at, AlertTransitionKind kind, AlertTier tier, AlertDecision? d, bool notify, string? by, string reason)
    {
        var t = new AlertTransition(Asin, ++LastSequence, id, at, kind, tier, d?.Probability ?? double.NaN,
            d?.Signals ?? [], d?.Inhibited ?? [], reason, notify, by, Clock.GetUtcNow().UtcDateTime);
        _history.Enqueue(t);
        while (_history.Count > Options.HistoryLength) _history.Dequeue();
        return t;
    }

    private static List<MetricKind> Metrics(int mask)
    {
        var list = new List<MetricKind>();
        foreach (var m in Enum.GetValues<MetricKind>()) if ((mask & (1 << (int)m)) != 0) list.Add(m);
        return list;
    }
}
