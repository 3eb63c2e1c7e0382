using ActorCluster.Analytics.Alerts;
using ActorCluster.Analytics.Pipeline;
using ActorCluster.Analytics.Simulation;

namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>
/// Replays one simulated ASIN the way its grain judges live data: each reported day is pushed through
/// <see cref="AsinAnalytics"/> and judged by <see cref="AlertLifecycle"/> with the same <see cref="AlertInput"/>
/// the grain builds (previous pushed period, price ATR, the recent RMSE as residual scale once 10 one-step errors
/// are known); the feedback rule's weight cuts go back to the thresholds; <see cref="AsinAnalytics.RefitIfDue"/>
/// runs once per block of <see cref="AlertEvaluationOptions.BatchPeriods"/> calendar days (one ingest call) with the
/// last <see cref="AsinAnalyticsOptions.History"/> pushed periods as the window. Days the feed missed are skipped: the
/// grain never receives them. Incremental (<see cref="AdvanceTo"/>), so a backtest can change the rules between
/// months. Not thread-safe; independent replayers are.
/// </summary>
public sealed class AlertReplayer
{
    private readonly SimulatedAsin _asin;
    private readonly AlertEvaluationOptions _options;
    private readonly AsinAnalytics _analytics;
    private readonly AlertLifecycle _lifecycle;
    private readonly LabelSpan[] _labels;
    private readonly bool[] _inWindow;
    private readonly double[] _probabilities;
    private readonly int[] _masks;
    private readonly bool[] _outOfStock;
    private readonly List<ReplayedAlert> _alerts = [];
    private readonly Dictionary<string, int> _open = [];
    private readonly AnalyticsInput[] _window;
    private int _windowStart, _windowCount;
    private AnalyticsInput? _previous;
    private bool _pushedInBatch;

    /// <summary>Prepares the replay of <paramref name="asin"/>; nothing is replayed yet.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public AlertReplayer(SimulatedAsin asin, AlertEvaluationOptions? options = null, int market = 0)
    {
        ArgumentNullException.ThrowIfNull(asin);
        _options = options ?? new AlertEvaluationOptions();
        _options.Validate();
        (_asin, Market) = (asin, market);
        _analytics = new AsinAnalytics(_options.Analytics);
        _lifecycle = new AlertLifecycle(asin.Asin, asin.Category, _options.Rules) { Clock = FixedClock.Instance };
        var start = Start;
        _labels = [.. asin.Labels.Select(l => LabelSpan.From(l, start, _options.Analytics.Step))];
        _inWindow = LabelSpan.WindowMask(_labels, asin.Days.Count, _options.Window);
        _probabilities = new double[asin.Days.Count];
        Array.Fill(_probabilities, double.NaN);
        _masks = new int[asin.Days.Count];
        _outOfStock = [.. asin.Days.Select(d => !d.InStock)];
        _window = new AnalyticsInput[_options.Analytics.History];
    }

    /// <summary>The market (Monte Carlo replicate) the ASIN belongs to.</summary>
    public int Market { get; }

    /// <summary>The first period of the series (period 0).</summary>
    public DateTime Start => _asin.Days.Count > 0 ? _asin.Days[0].Day : default;

    /// <summary>The next period to replay (0 before any; the series length when done).</summary>
    public int Next { get; private set; }

    /// <summary>Tallies of the scored periods replayed so far (after the warm-up, reported by the feed).</summary>
    public SignalCounts Counts { get; } = new();

    /// <summary>Replaces the rules from the next period on (null returns to the defaults), as a per-ASIN override does.</summary>
    public void SetRules(AlertRuleOptions? rules) => _lifecycle.SetOverride(rules);

    /// <summary>The rules in force.</summary>
    public AlertRuleOptions Rules => _lifecycle.Options;

    /// <summary>Replays the periods [<see cref="Next"/>, <paramref name="end"/>) (bounded by the series length).</summary>
    public void AdvanceTo(int end)
    {
        end = Math.Min(end, _asin.Days.Count);
        for (; Next < end; Next++)
        {
            int t = Next;
            var d = _asin.Days[t];
            if (!d.Missing) Judge(t, d);
            if (t % _options.BatchPeriods == _options.BatchPeriods - 1 || t == _asin.Days.Count - 1) EndBatch();
        }
    }

    /// <summary>What has been replayed so far (everything after <c>AdvanceTo(int.MaxValue)</c>).</summary>
    public AsinReplay Result() => new(_asin.Asin, Market, Start, _asin.Days.Count, _labels,
        [.. _alerts], Array.AsReadOnly(_probabilities), Array.AsReadOnly(_masks), Array.AsReadOnly(_outOfStock));

    /// <summary>Replays the whole series of <paramref name="asin"/> with fixed rules.</summary>
    public static AsinReplay Replay(SimulatedAsin asin, AlertEvaluationOptions? options = null, int market = 0)
    {
        var replayer = new AlertReplayer(asin, options, market);
        replayer.AdvanceTo(int.MaxValue);
        return replayer.Result();
    }

    private void Judge(int t, in SimulatedDay d)
    {
        // The grain's mapping of an observation (AsinGrain.ToInput; a rank of 0 is not reported).
        var input = new AnalyticsInput(d.Day, d.Units, d.Price, d.SalesRank > 0 ? d.SalesRank : double.NaN, d.Promotion, d.InStock);
        var step = _analytics.Push(input);
        var evaluation = _lifecycle.Judge(_analytics, step, input, _previous);
        _previous = input;
        Remember(input);
        _pushedInBatch = true;
        var decision = evaluation.Decision;
        _probabilities[t] = decision.Probability;
        _masks[t] = SignalCounts.Mask(decision.Signals);
        if (t >= _options.WarmupPeriods) Counts.Add(_masks[t], _inWindow[t]);
        foreach (var transition in evaluation.Transitions) Track(t, transition);
    }

    private void Track(int t, AlertTransition transition)
    {
        if (transition.AlertId is not { } id) return;
        if (transition.Kind == AlertTransitionKind.Firing)
        {
            _open[id] = _alerts.Count;
            _alerts.Add(new ReplayedAlert(id, t, transition.Tier, transition.Probability, [], null, [.. transition.Signals.Select(x => x.Kind)]));
            return;
        }
        if (!_open.TryGetValue(id, out int i)) return;
        if (transition.Kind == AlertTransitionKind.Escalated)
            _alerts[i] = _alerts[i] with { Escalations = [.. _alerts[i].Escalations, new TierChange(t, transition.Tier)] };
        else if (transition.Kind == AlertTransitionKind.Resolved)
        {
            _alerts[i] = _alerts[i] with { ResolvedPeriod = t };
            _open.Remove(id);
        }
    }

    private void EndBatch()
    {
        if (!_pushedInBatch) return;
        _pushedInBatch = false;
        _analytics.RefitIfDue(WindowInputs);
    }

    private void Remember(in AnalyticsInput input)
    {
        if (_windowCount < _window.Length) _window[(_windowStart + _windowCount++) % _window.Length] = input;
        else { _window[_windowStart] = input; _windowStart = (_windowStart + 1) % _window.Length; }
    }

    private AnalyticsInput[] WindowInputs()
    {
        var copy = new AnalyticsInput[_windowCount];
        for (int i = 0; i < _windowCount; i++) copy[i] = _window[(_windowStart + i) % _window.Length];
        return copy;
    }

    // The lifecycle stamps each entry with a wall-clock time the evaluation never reads: a fixed one keeps replays identical.
    private sealed class FixedClock : TimeProvider
    {
        public static FixedClock Instance { get; } = new();

        public override DateTimeOffset GetUtcNow() => DateTimeOffset.UnixEpoch;
    }
}
