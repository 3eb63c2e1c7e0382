using ActorCluster.Analytics.Alerts;
using static ActorCluster.Analytics.Tests.Alerts.AlertTestData;

namespace ActorCluster.Analytics.Tests.Alerts;

public sealed class AlertLifecycleTests
{
    private static List<AlertTransition> Run(AlertLifecycle l, params double[] unitScores) =>
        [.. unitScores.SelectMany((s, day) => l.Evaluate(Input(day, units: Score(s))).Transitions)];

    [Fact]
    public void A_series_hovering_at_the_line_fires_once_and_does_not_flap()
    {
        double[] hovering = [1.05, 0.95, 1.02, 0.93, 1.01, 0.97, 1.03, 0.92, 0.5, 0.4];
        var t = Run(new AlertLifecycle("B0HOVER", defaults: Immediate), hovering);
        Assert.Equal([AlertTransitionKind.Firing, AlertTransitionKind.Resolved], t.Select(x => x.Kind));
        Assert.Equal(Day0.AddDays(8), t[1].At);

        var flapping = Run(new AlertLifecycle("B0HOVER", defaults: Immediate with { HysteresisBuffer = 0 }), hovering);
        Assert.True(flapping.Count(x => x.Kind == AlertTransitionKind.Firing) >= 4);
    }

    [Fact]
    public void Debounce_needs_two_of_three_periods_before_firing()
    {
        var l = new AlertLifecycle("B0DEBOUNCE");
        // 1.3× the line: beyond it, but not by the margin that fires at once (FireAtOnceMargin 1.5).
        var single = Run(l, 1.3, 0.1, 0.1, 0.1);
        Assert.Equal([AlertTransitionKind.Pending, AlertTransitionKind.Cancelled], single.Select(x => x.Kind));
        Assert.All(single, x => Assert.False(x.Notify));

        var l2 = new AlertLifecycle("B0DEBOUNCE");
        var twice = Run(l2, 1.3, 0.1, 1.3);
        Assert.Equal([AlertTransitionKind.Pending, AlertTransitionKind.Firing], twice.Select(x => x.Kind));
        Assert.Equal(twice[0].AlertId, twice[1].AlertId);
        Assert.True(twice[1].Notify);
        Assert.Equal(Day0, l2.Current!.OpenedAt);
    }

    [Fact]
    public void Tier_up_escalates_and_clear_periods_resolve_with_a_notice()
    {
        var l = new AlertLifecycle("B0ESCALATE", defaults: new AlertRuleOptions { FireAfter = 1 });
        var t = new List<AlertTransition>();
        t.AddRange(l.Evaluate(Input(0, units: Score(1.4))).Transitions);
        t.AddRange(l.Evaluate(Input(1, units: Score(1.4), rank: Score(2, change: 0.2))).Transitions);
        t.AddRange(l.Evaluate(Input(2, units: Score(1.4))).Transitions);
        for (int d = 3; d < 6; d++) t.AddRange(l.Evaluate(Input(d)).Transitions);
        Assert.Equal([AlertTransitionKind.Firing, AlertTransitionKind.Escalated, AlertTransitionKind.Resolved], t.Select(x => x.Kind));
        Assert.Equal([AlertTier.Yellow, AlertTier.Red, AlertTier.Red], t.Select(x => x.Tier));
        Assert.Equal(Day0.AddDays(4), t[2].At);
        Assert.True(t[2].Notify);
        Assert.Null(l.Current);
    }

    [Fact]
    public void Snoozes_silence_until_they_expire()
    {
        var l = new AlertLifecycle("B0SNOOZE", "Toys", Immediate);
        l.Snooze(new AlertSnooze(SnoozeScope.Asin, Day0.AddDays(5), "ops", Note: "promotion week"), Day0);
        var first = Assert.Single(l.Evaluate(Input(2, units: Score(2))).Transitions);
        Assert.Equal(AlertTransitionKind.Firing, first.Kind);
        Assert.False(first.Notify);
        l.Evaluate(Input(3));
        Assert.True(l.IsSilenced(AlertTier.Red, Day0.AddDays(4)));
        Assert.False(l.IsSilenced(AlertTier.Red, Day0.AddDays(5)));
        var after = Assert.Single(l.Evaluate(Input(6, units: Score(2))).Transitions);
        Assert.True(after.Notify);
        Assert.Empty(l.Snoozes);
    }

    [Fact]
    public void Tier_and_category_snoozes_silence_only_what_they_name()
    {
        var l = new AlertLifecycle("B0SCOPE", "Toys", Immediate);
        l.Snooze(new AlertSnooze(SnoozeScope.Tier, Day0.AddDays(30), "ops", Tier: AlertTier.Yellow), Day0);
        Assert.False(l.Evaluate(Input(1, units: Score(2))).Transitions.Single().Notify);
        Assert.True(l.Evaluate(Input(2, units: Score(2), price: Score(2))).Transitions.Single().Notify);

        var other = new AlertLifecycle("B0CAT", "Garden", Immediate);
        other.Snooze(new AlertSnooze(SnoozeScope.Category, Day0.AddDays(30), "ops", Category: "toys"), Day0);
        Assert.True(other.Evaluate(Input(1, units: Score(2))).Transitions.Single().Notify);
        Assert.True(l.IsSilenced(AlertTier.Red, Day0) is false);
        Assert.Contains(new AlertSnooze(SnoozeScope.Category, Day0.AddDays(30), "ops", Category: "toys"), other.Snoozes);
    }

    [Fact]
    public void Acknowledge_records_who_when_and_why_and_rejects_unknown_ids()
    {
        var l = new AlertLifecycle("B0ACK", defaults: Immediate);
        var fired = l.Evaluate(Input(0, units: Score(2))).Transitions.Single();
        Assert.Equal("B0ACK-1", fired.AlertId);
        Assert.Null(l.Acknowledge("B0ACK-99", "ann", Day0));
        var ack = l.Acknowledge("B0ACK-1", "ann", Day0.AddHours(2), "reordering")!;
        Assert.Equal(("ann", "reordering", AlertTransitionKind.Acknowledged), (ack.By, ack.Reason, ack.Kind));
        Assert.Equal(new Acknowledgement("ann", Day0.AddHours(2), "reordering"), l.Current!.Acknowledged);
    }

    [Fact]
    public void Overrides_change_debounce_and_tiers_of_one_asin()
    {
        var shared = new AlertRuleOptions();
        var l = new AlertLifecycle("B0OVR", defaults: shared); // 1.3× the line: below the margin that fires at once
        Assert.Equal(AlertTransitionKind.Pending, l.Evaluate(Input(0, units: Score(1.3))).Transitions.Single().Kind);

        var o = new AlertLifecycle("B0OVR2", defaults: shared);
        o.SetOverride(shared with { FireAfter = 1 });
        Assert.Equal(AlertTransitionKind.Firing, o.Evaluate(Input(0, units: Score(1.3))).Transitions.Single().Kind);

        var strict = new AlertLifecycle("B0OVR3", defaults: shared);
        strict.SetOverride(shared with { FireAfter = 1, MinProbability = 0.85 });
        Assert.Equal(AlertTier.None, strict.Evaluate(Input(0, units: Score(1.3))).Decision.Tier);
        Assert.Throws<ArgumentException>(() => strict.SetOverride(shared with { FireWindow = 0 }));
        strict.SetOverride(null);
        Assert.Same(shared, strict.Options);
    }

    [Fact]
    public void Sequence_numbers_are_monotonic_and_history_is_bounded()
    {
        var l = new AlertLifecycle("B0SEQ", defaults: Immediate with { HistoryLength = 5 });
        var all = Run(l, 2, 0.6, 2, 0.6, 2, 0.6, 2, 0.6); // 0.6: a significant move after each alert, so no feedback entry
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), all.Select(t => t.Sequence));
        Assert.Equal(["B0SEQ-1", "B0SEQ-1", "B0SEQ-3", "B0SEQ-3"], all.Take(4).Select(t => t.AlertId!));
        Assert.Equal(5, l.History.Count);
        Assert.Equal([7L, 8L], l.HistorySince(6).Select(t => t.Sequence));
        Assert.Equal(8, l.LastSequence);
    }

    [Fact]
    public void Exported_state_restores_an_identical_lifecycle()
    {
        var a = new AlertLifecycle("B0STATE", "Toys");
        Run(a, 1.3, 0.1);
        a.Snooze(new AlertSnooze(SnoozeScope.Tier, Day0.AddDays(9), "ops", Tier: AlertTier.Red), Day0);
        var b = AlertLifecycle.FromState(a.ExportState());
        var next = Input(2, units: Score(1.3));
        var ta = a.Evaluate(next).Transitions.Single();
        var tb = b.Evaluate(next).Transitions.Single();
        Assert.Equal((ta.Sequence, ta.AlertId, ta.Kind, ta.Notify), (tb.Sequence, tb.AlertId, tb.Kind, tb.Notify));
        Assert.Equal(a.History.Select(t => t.Sequence), b.History.Select(t => t.Sequence));
    }
}
