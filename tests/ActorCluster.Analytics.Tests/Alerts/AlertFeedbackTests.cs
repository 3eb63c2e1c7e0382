using ActorCluster.Analytics.Alerts;
using ActorCluster.Analytics.Volatility;
using static ActorCluster.Analytics.Tests.Alerts.AlertTestData;

namespace ActorCluster.Analytics.Tests.Alerts;

public sealed class AlertFeedbackTests
{
    // Daily periods, 24-hour watch: an alert on day d is judged by day d + 1 and concluded on day d + 2.
    private static List<AlertEvaluation> Run(AlertLifecycle l, params double[] unitScores) =>
        [.. unitScores.Select((s, day) => l.Evaluate(Input(day, units: Score(s))))];

    [Fact]
    public void Three_alerts_without_a_significant_move_lower_the_recent_weight()
    {
        var l = new AlertLifecycle("B0FEED", defaults: Immediate);
        var e = Run(l, 2, 0.1, 0.1, 2, 0.1, 0.1, 2, 0.1, 0.1);
        Assert.All(e.Take(8), x => Assert.Empty(x.LowerRecentWeight));
        Assert.Equal([MetricKind.Units], e[8].LowerRecentWeight);
        var entry = Assert.Single(e[8].Transitions);
        Assert.Equal(AlertTransitionKind.FeedbackLowerWeight, entry.Kind);
        Assert.Contains(entry, l.History);

        var threshold = new VolatilityThreshold(MetricKind.Units);
        foreach (var m in e[8].LowerRecentWeight) Assert.True(threshold.LowerRecentWeight());
        Assert.Equal(0.05, threshold.FeedbackPenalty, 12);
    }

    [Fact]
    public void An_alert_followed_by_a_significant_move_resets_the_run()
    {
        var l = new AlertLifecycle("B0MOVE", defaults: Immediate);
        // The second alert is followed by a move scoring 0.6 of the threshold (≥ 50%): the run starts again.
        var e = Run(l, 2, 0.1, 0.1, 2, 0.6, 0.1, 2, 0.1, 0.1, 2, 0.1, 0.1);
        Assert.All(e, x => Assert.Empty(x.LowerRecentWeight));
        // Alerts on days 6 and 9 were not followed by a move; the one on day 12, concluded on day 14, completes the run.
        var more = Enumerable.Range(12, 3).Select(d => l.Evaluate(Input(d, units: Score(d == 12 ? 2 : 0.1)))).ToList();
        Assert.Equal([MetricKind.Units], more.Last().LowerRecentWeight);
    }
}
