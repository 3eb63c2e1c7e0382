using ActorCluster.Analytics.Alerts;
using ActorCluster.Analytics.Pipeline;
using ActorCluster.Analytics.Volatility;
using ActorCluster.Grains.Alerts;
using Microsoft.Extensions.Logging;

namespace ActorCluster.Grains.Asin;

/// <summary>
/// The alert half of the ASIN grain: the lifecycle is judged on every live in-order period, persisted with the
/// data in the same write, and its pushed transitions are handed to the publisher only once durable.
/// </summary>
public sealed partial class AsinGrain
{
    private readonly AlertOptions _alertOptions = alertOptions.Value;
    private AlertLifecycle _alerts = null!;
    private AnalyticsInput? _lastPushed;
    private readonly List<AlertTransition> _unpublished = [];
    private bool _alertsDirty;
    private bool _judgeEveryPeriod;

    public async Task<IngestResult[]> IngestSimulated(Observation[] observations)
    {
        _judgeEveryPeriod = true;
        try { return await IngestBatch(observations); }
        finally { _judgeEveryPeriod = false; }
    }

    private void ActivateAlerts(string asin)
    {
        var s = state.State;
        _alerts = s.Alerts is { Length: > 0 } bytes
            ? AlertLifecycle.FromState(AlertStateCodec.Decode(bytes), _alertOptions.Defaults)
            : new AlertLifecycle(asin, s.Category, _alertOptions.Defaults);
        _alerts.Clock = clock;
        _alerts = _alerts.WithCategory(s.Category);
        // The feedback rule's weight cuts are learned from alert outcomes, not from data: a rebuild cannot recover them.
        if (s.FeedbackPenalty is { Length: 3 } penalty)
            for (int m = 0; m < 3; m++)
                _analytics.RestoreFeedbackPenalty((MetricKind)m, penalty[m]);
    }

    /// <summary>Judges one pushed period when it is live; backfilled history only feeds the analytics.</summary>
    private void EvaluateAlerts(in AnalyticsStep step, in AnalyticsInput input)
    {
        var previous = _lastPushed;
        _lastPushed = input;
        if (!_judgeEveryPeriod && input.Period < clock.GetUtcNow().UtcDateTime - _alertOptions.LiveHorizon) return;
        if (!string.Equals(_alerts.Category, state.State.Category, StringComparison.Ordinal))
            _alerts = _alerts.WithCategory(state.State.Category);
        var evaluation = _alerts.Judge(_analytics, step, input, previous);
        _alertsDirty = true;
        _unpublished.AddRange(evaluation.Transitions);
    }

    private void SaveAlerts()
    {
        if (!_alertsDirty) return;
        var s = state.State;
        s.Alerts = AlertStateCodec.Encode(_alerts.ExportState());
        s.FeedbackPenalty = [.. Enumerable.Range(0, 3).Select(m => _analytics.Threshold((MetricKind)m).FeedbackPenalty)];
        _alertsDirty = false;
    }

    /// <summary>Hands the durable transitions that subscribers should hear about to the publisher.</summary>
    private void PublishAlerts()
    {
        if (_unpublished.Count == 0) return;
        ActorClusterMetrics.RecordTransitions(_unpublished);
        var notices = _unpublished.Where(AlertRules.IsPushed).Select(t => AlertRules.ToNotice(t, _alerts.Category)).ToList();
        _unpublished.Clear();
        if (notices.Count == 0) return;
        if (logger.IsEnabled(LogLevel.Debug))
            foreach (var n in notices) LogAlert(logger, n.Asin, n.AlertId, n.Kind, n.Tier);
        publisher.Publish(notices);
    }

    public Task<AlertsView> GetAlerts(long afterSequence = 0, int max = 200, bool notifiedOnly = false)
    {
        max = Math.Clamp(max, 1, 10_000);
        var history = _alerts.HistorySince(afterSequence)
            .Where(t => !notifiedOnly || AlertRules.IsPushed(t)).Take(max)
            .Select(t => AlertRules.ToNotice(t, _alerts.Category)).ToList();
        return Task.FromResult(View(history));
    }

    public async Task<AlertNotice?> Acknowledge(string alertId, string by, string? note)
    {
        if (string.IsNullOrWhiteSpace(alertId)) throw new ArgumentException("alert id is required");
        if (string.IsNullOrWhiteSpace(by)) throw new ArgumentException("by (who acknowledges) is required");
        if (note is { Length: > 500 }) throw new ArgumentException("note is longer than 500 characters");
        var entry = _alerts.Acknowledge(alertId.Trim(), by.Trim(), clock.GetUtcNow().UtcDateTime, note);
        if (entry is null) return null;
        await CommitCommandAsync(entry);
        return AlertRules.ToNotice(entry, _alerts.Category);
    }

    public async Task<AlertNotice> Snooze(SnoozeRequest request)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = _alerts.Snooze(AlertRules.ToSnooze(request, now, categoryAllowed: false), now);
        await CommitCommandAsync(entry);
        return AlertRules.ToNotice(entry, _alerts.Category);
    }

    public async Task AdoptCategorySnooze(SnoozeView snooze)
    {
        ArgumentNullException.ThrowIfNull(snooze);
        await AdoptCategorySnoozesAsync([snooze]);
    }

    private async Task AdoptCategorySnoozesAsync(IReadOnlyList<SnoozeView>? snoozes)
    {
        if (snoozes is not { Count: > 0 }) return;
        var now = clock.GetUtcNow().UtcDateTime;
        bool any = false;
        foreach (var view in snoozes)
        {
            if (AlertRules.FromView(view) is not { Scope: SnoozeScope.Category } snooze) continue;
            if (_alerts.Adopt(snooze, now) is { } entry) { _unpublished.Add(entry); any = true; }
        }
        if (!any) return;
        _alertsDirty = true;
        await PersistAsync();
        PublishAlerts();
        ReportToDirectory();
    }

    public async Task<AlertsView> SetAlertOverride(AlertOverride? rules)
    {
        AlertRuleOptions? options = null;
        if (rules is not null)
        {
            options = AlertRules.Apply(_alertOptions.Defaults, rules);
            try { options.Validate(); }
            catch (ArgumentException e) { throw new ArgumentException("invalid alert rules: " + e.Message, e); }
        }
        _alerts.SetOverride(options);
        _alertsDirty = true;
        await PersistAsync();
        return View([]);
    }

    private async Task CommitCommandAsync(AlertTransition entry)
    {
        _unpublished.Add(entry);
        _alertsDirty = true;
        await PersistAsync();
        PublishAlerts();
        ReportToDirectory();
    }

    private AlertsView View(List<AlertNotice> history)
    {
        var open = _alerts.Current;
        var o = _alerts.Override;
        return new AlertsView
        {
            Asin = this.GetPrimaryKeyString(),
            Category = _alerts.Category,
            LastSequence = _alerts.LastSequence,
            OldestHeld = _alerts.History.FirstOrDefault()?.Sequence ?? _alerts.LastSequence + 1,
            Open = open is null ? null : new OpenAlertView
            {
                Id = open.Id, State = open.State.ToString(), Tier = open.Tier.ToString(), OpenedAt = open.OpenedAt,
                AcknowledgedBy = open.Acknowledged?.By, AcknowledgedAt = open.Acknowledged?.At, AcknowledgeNote = open.Acknowledged?.Note,
            },
            History = history,
            Snoozes = [.. _alerts.Snoozes.Where(s => s.Until > clock.GetUtcNow().UtcDateTime).Select(AlertRules.ToView)],
            Override = o is null ? null : AlertRules.ToOverride(o),
            FeedbackPenalty = [.. Enumerable.Range(0, 3).Select(m => _analytics.Threshold((MetricKind)m).FeedbackPenalty)],
        };
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "ASIN {Asin}: alert {AlertId} {Kind} {Tier}")]
    private static partial void LogAlert(ILogger logger, string asin, string? alertId, string kind, string tier);
}
