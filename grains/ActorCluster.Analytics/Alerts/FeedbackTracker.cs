namespace ActorCluster.Analytics.Alerts;

/// <summary>
/// The feedback rule (MISSION §5): each fired alert is watched for <see cref="AlertRuleOptions.WatchPeriod"/>;
/// when none of the periods after it has a primary metric scoring at least
/// <see cref="AlertRuleOptions.SignificantFraction"/> of its threshold, the alert counts as not followed by a
/// significant move. <see cref="AlertRuleOptions.FeedbackRunLength"/> such alerts in a row ask to lower the
/// dynamic layer's weight of the metrics involved; a followed alert resets the run.
/// </summary>
public sealed class FeedbackTracker
{
    /// <summary>Restores the tracker (from <see cref="FeedbackState"/>).</summary>
    public FeedbackTracker(FeedbackState? state = null) => State = state ?? new FeedbackState(null, false, 0, 0, 0);

    /// <summary>The persisted form.</summary>
    public FeedbackState State { get; private set; }

    /// <summary>Starts watching an alert fired at <paramref name="at"/> on the metrics in <paramref name="metricMask"/> (bit = MetricKind).</summary>
    public void Watch(DateTime at, TimeSpan period, int metricMask) =>
        State = State with { WatchUntil = at + period, SawMove = false, WatchedMetrics = metricMask };

    /// <summary>
    /// Feeds the signals measured on a period after the alert. Returns the metrics (bit = MetricKind) whose
    /// weight should drop when a run completes with this period, otherwise 0.
    /// </summary>
    public int Observe(DateTime at, IReadOnlyList<AlertSignal> measured, AlertRuleOptions o)
    {
        var s = State;
        if (s.WatchUntil is not { } until) return 0;
        if (at <= until)
        {
            if (!s.SawMove && measured.Any(m => m.IsPrimary && m.Margin >= o.SignificantFraction)) State = s with { SawMove = true };
            return 0;
        }
        if (s.SawMove)
        {
            State = new FeedbackState(null, false, 0, 0, 0);
            return 0;
        }
        int run = s.Run + 1, mask = s.RunMetrics | s.WatchedMetrics;
        if (run >= o.FeedbackRunLength)
        {
            State = new FeedbackState(null, false, 0, 0, 0);
            return mask;
        }
        State = new FeedbackState(null, false, run, mask, 0);
        return 0;
    }
}
