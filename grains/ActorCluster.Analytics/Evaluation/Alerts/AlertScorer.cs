using ActorCluster.Analytics.Alerts;
using ActorCluster.Analytics.Simulation;

namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>
/// Scores replayed alerts against the labels (periods count from each series' start; W = <see cref="AlertEvaluationOptions.Window"/>):
/// <list type="bullet">
/// <item>Label window: [Start, End + W] of a label. A period is <i>anomalous</i> when it lies in some label's window.</item>
/// <item>Warm-up: periods before <see cref="AlertEvaluationOptions.WarmupPeriods"/> are not scored: alerts that fired
/// (or reached a tier) in them, labels starting in them and their decisions are left out. Labels of the warm-up still
/// make later periods of their window anomalous.</item>
/// <item>Alert (a Firing transition): TRUE when some label's window contains its firing period, else a FALSE ALARM. With
/// <see cref="AlertEvaluationOptions.StockOutsAreEvents"/> the windows of simulated stock-outs count as well (alerts and
/// calibration; capture stays over the labels).
/// False-alarm rate = false alarms ÷ alerts; also per 1,000 scored ASIN-days.</item>
/// <item>Tier T (yellow+, orange+, red): an alert counts at T when it fired at T or above or escalated to T or above;
/// it is true at T when the period it first reached T lies in a label window. Red precision = true red ÷ red alerts.</item>
/// <item>Capture: a label is CAPTURED at T when an alert fired at T or above, or escalated to T or above, at a period in
/// its window. Capture rate = captured ÷ scored labels, per tier and per kind. <see cref="AnomalyKind.MissingData"/>
/// labels are days the feed never sent: no observation reaches the rules, so they are reported per kind but left
/// out of the per-tier (overall) capture rates.</item>
/// <item>Detection delay: first qualifying period − label start, in periods (median, mean, p90 over captured labels).</item>
/// <item>Signals at firing: per signal kind, the scored alerts whose firing decision counted it and the false alarms among them.</item>
/// <item>Calibration: each scored, reported period's decision probability (the prior when no signal counts) against
/// whether the period is anomalous, in equal-width bins; Brier score = mean squared difference.</item>
/// </list>
/// Sums run in the order of the replays given, so the same replays always give the same score.
/// </summary>
public static class AlertScorer
{
    private static readonly AlertTier[] Levels = [AlertTier.Yellow, AlertTier.Orange, AlertTier.Red];

    /// <summary>Scores <paramref name="replays"/> with the window, warm-up and bins of <paramref name="options"/>.</summary>
    public static AlertScore Score(IEnumerable<AsinReplay> replays, AlertEvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(replays);
        options ??= new AlertEvaluationOptions();
        options.Validate();
        var tally = new Tally(options);
        foreach (var replay in replays) tally.Add(replay);
        return tally.ToScore();
    }

    private sealed class KindTally
    {
        public int Labels;
        public readonly int[] Captured = new int[3];
        public readonly List<int> Delays = [];
    }

    private sealed class Tally(AlertEvaluationOptions o)
    {
        private readonly int[] _alerts = new int[3], _true = new int[3], _labels = new int[3], _captured = new int[3];
        private readonly List<int>[] _delays = [[], [], []];
        private readonly SortedDictionary<AnomalyKind, KindTally> _kinds = [];
        private readonly long[] _binCount = new long[o.CalibrationBins], _binAnomalous = new long[o.CalibrationBins];
        private readonly double[] _binSum = new double[o.CalibrationBins];
        private readonly SortedDictionary<SignalKind, int[]> _signals = [];
        private int _asins, _missingLabels;
        private long _asinDays, _periods, _anomalous;
        private double _brier;

        public void Add(AsinReplay r)
        {
            ArgumentNullException.ThrowIfNull(r);
            _asins++;
            _asinDays += Math.Max(0, r.Periods - o.WarmupPeriods);
            var anomalous = LabelSpan.WindowMask(r.Labels, r.Periods, o.Window);
            if (o.StockOutsAreEvents && r.OutOfStock is { } outOfStock) MarkStockOuts(anomalous, outOfStock);
            ScoreAlerts(r, anomalous);
            ScoreLabels(r);
            Calibrate(r, anomalous);
        }

        // A stock-out run's window is [first, last + W], like a label's: the alert on it may come a little late.
        private void MarkStockOuts(bool[] anomalous, IReadOnlyList<bool> outOfStock)
        {
            int after = -1;
            for (int t = 0; t < anomalous.Length; t++)
            {
                if (t < outOfStock.Count && outOfStock[t]) after = o.Window;
                else if (after >= 0) after--;
                if (after >= 0) anomalous[t] = true;
            }
        }

        private void ScoreAlerts(AsinReplay r, bool[] anomalous)
        {
            foreach (var alert in r.Alerts)
            {
                if (alert.FiredPeriod >= o.WarmupPeriods) TallySignals(alert, alert.FiredPeriod < anomalous.Length && anomalous[alert.FiredPeriod]);
                for (int i = 0; i < 3; i++)
                {
                    if (alert.PeriodReaching(Levels[i]) is not { } p || p < o.WarmupPeriods) continue;
                    _alerts[i]++;
                    if (p < anomalous.Length && anomalous[p]) _true[i]++;
                }
            }
        }

        private void TallySignals(ReplayedAlert alert, bool isTrue)
        {
            var kinds = alert.FiringSignals.Distinct().ToList();
            foreach (var kind in kinds)
            {
                if (!_signals.TryGetValue(kind, out var n)) _signals[kind] = n = new int[3];
                n[0]++;
                if (!isTrue) n[1]++;
                if (kinds.Count == 1) n[2]++;
            }
        }

        private void ScoreLabels(AsinReplay r)
        {
            var changes = r.Alerts.SelectMany(a => a.Changes).OrderBy(c => c.Period).ToList();
            foreach (var label in r.Labels)
            {
                if (label.First < o.WarmupPeriods) continue;
                if (!_kinds.TryGetValue(label.Kind, out var kind)) _kinds[label.Kind] = kind = new KindTally();
                kind.Labels++;
                bool counts = label.Kind != AnomalyKind.MissingData;
                if (!counts) _missingLabels++;
                for (int i = 0; i < 3; i++)
                {
                    if (counts) _labels[i]++;
                    int first = changes.FindIndex(c => c.Tier >= Levels[i] && label.WindowContains(c.Period, o.Window));
                    if (first < 0) continue;
                    int delay = changes[first].Period - label.First;
                    kind.Captured[i]++;
                    if (i == 0) kind.Delays.Add(delay);
                    if (!counts) continue;
                    _captured[i]++;
                    _delays[i].Add(delay);
                }
            }
        }

        private void Calibrate(AsinReplay r, bool[] anomalous)
        {
            int bins = _binCount.Length;
            for (int t = o.WarmupPeriods; t < Math.Min(r.Periods, r.Probabilities.Count); t++)
            {
                double p = r.Probabilities[t];
                if (!double.IsFinite(p)) continue;
                bool y = anomalous[t];
                int bin = Math.Clamp((int)(p * bins), 0, bins - 1);
                _binCount[bin]++;
                _binSum[bin] += p;
                _periods++;
                if (y) { _binAnomalous[bin]++; _anomalous++; }
                double e = p - (y ? 1 : 0);
                _brier += e * e;
            }
        }

        public AlertScore ToScore()
        {
            var tiers = Enumerable.Range(0, 3)
                .Select(i => new TierScore(Levels[i], _alerts[i], _true[i], _labels[i], _captured[i], DelayStats.Of(_delays[i]))).ToList();
            var kinds = _kinds.Select(kv => new KindScore(kv.Key, kv.Value.Labels, kv.Value.Captured[0], kv.Value.Captured[1],
                kv.Value.Captured[2], DelayStats.Of(kv.Value.Delays))).ToList();
            int bins = _binCount.Length;
            var calibration = Enumerable.Range(0, bins).Select(b => new CalibrationBin((double)b / bins, (b + 1.0) / bins, _binCount[b],
                _binCount[b] == 0 ? double.NaN : _binSum[b] / _binCount[b],
                _binCount[b] == 0 ? double.NaN : (double)_binAnomalous[b] / _binCount[b])).ToList();
            return new AlertScore(_asins, _asinDays, tiers, kinds, _missingLabels, calibration, _periods,
                _periods == 0 ? double.NaN : _brier / _periods, _periods == 0 ? double.NaN : (double)_anomalous / _periods,
                [.. _signals.Select(kv => new SignalScore(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2]))]);
        }
    }
}
