using ActorCluster.Grains.Tests.Fixtures;
using static ActorCluster.Grains.Tests.Fixtures.TestData;

namespace ActorCluster.Grains.Tests.Asin;

/// <summary>The alert lifecycle wired into the ASIN grain: live horizon, persistence, commands, category snoozes.</summary>
[Collection(MemoryCluster.Name)]
public sealed class AsinGrainAlertTests(MemoryClusterFixture fixture)
{
    /// <summary>Steady sales, price and rank from <paramref name="from"/> days ago to <paramref name="to"/> days ago.</summary>
    private static Observation[] Steady(int from, int to, string category = "Kitchen", int seed = 5)
    {
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, from - to + 1).Select(i => Obs(Today.AddDays(-from + i), 20 + rng.Next(-2, 3), 10.0) with
            { SalesRank = 1000 + rng.Next(-30, 31), Category = category, Promotion = false })];
    }

    /// <summary>A surge with a price cut and a better rank on the given days ago.</summary>
    private static Observation Spike(int daysAgo, string category = "Kitchen") =>
        Obs(Today.AddDays(-daysAgo), 140, 7.5) with { SalesRank = 250, Category = category, Promotion = false };

    private async Task<IAsinGrain> FiringAsync(string category = "Kitchen")
    {
        var grain = fixture.Client.GetAsinGrain(NewAsin('L'));
        await grain.IngestBatch(Steady(100, 4, category));
        await grain.Ingest(Spike(3, category));
        await grain.Ingest(Spike(2, category) with { Units = 420, Price = 5 });
        return grain;
    }

    [Fact]
    public async Task Backfilled_history_feeds_the_analytics_but_raises_no_alert()
    {
        var grain = fixture.Client.GetAsinGrain(NewAsin('L'));
        var history = Steady(200, 30).ToList();
        history[150] = history[150] with { Units = 400, Price = 3 };         // an old anomaly, 50 days ago
        history[151] = history[151] with { Units = 420, Price = 3 };
        await grain.IngestBatch([.. history]);
        var view = await grain.GetAlerts();
        Assert.Equal(0, view.LastSequence);
        Assert.Null(view.Open);
        Assert.Empty(view.History);
    }

    [Fact]
    public async Task A_live_surge_fires_with_its_signals_and_the_alert_survives_a_reactivation()
    {
        var grain = await FiringAsync();
        var view = await grain.GetAlerts();
        Assert.NotNull(view.Open);
        Assert.Contains(view.Open!.State, new[] { "Firing", "Escalated" });
        var fired = Assert.Single(view.History, n => n.Kind == "Firing");
        Assert.True(fired.Notify);
        Assert.Equal(view.Open.Id, fired.AlertId);
        Assert.True(fired.Probability >= 0.75);
        Assert.Contains(fired.Signals, s => s.Kind == "UnitsThreshold" && s.Threshold > 0 && s.Value > s.Threshold);
        Assert.All(fired.Signals, s => Assert.False(string.IsNullOrWhiteSpace(s.Explanation)));
        Assert.Equal("Kitchen", fired.Category);

        await fixture.DeactivateAsync(grain);
        var again = await grain.GetAlerts();
        Assert.Equal(view.LastSequence, again.LastSequence);
        Assert.Equal(view.Open.Id, again.Open?.Id);
        Assert.Equal(view.History.Select(n => (n.Sequence, n.Kind, n.Reason)), again.History.Select(n => (n.Sequence, n.Kind, n.Reason)));
    }

    [Fact]
    public async Task Acknowledge_snooze_and_override_are_recorded_persisted_and_checked()
    {
        var grain = await FiringAsync();
        var open = (await grain.GetAlerts()).Open!;

        Assert.Null(await grain.Acknowledge("L-unknown-7", "ana", null));
        var ack = await grain.Acknowledge(open.Id, "ana", "looking into it");
        Assert.Equal("Acknowledged", ack!.Kind);
        Assert.Equal("ana", ack.By);

        var until = DateTime.UtcNow.AddHours(2);
        var snooze = await grain.Snooze(new SnoozeRequest { Scope = "Tier", Tier = "red", Until = until, By = "ana" });
        Assert.Equal("Snoozed", snooze.Kind);
        await Assert.ThrowsAsync<ArgumentException>(() => grain.Snooze(new SnoozeRequest { Scope = "Asin", Until = DateTime.UtcNow.AddHours(-1), By = "ana" }));
        await Assert.ThrowsAsync<ArgumentException>(() => grain.Snooze(new SnoozeRequest { Scope = "Tier", Tier = "purple", Until = until, By = "ana" }));
        await Assert.ThrowsAsync<ArgumentException>(() => grain.SetAlertOverride(new AlertOverride { FireAfter = 5, FireWindow = 3 }));
        await Assert.ThrowsAsync<ArgumentException>(() => grain.SetAlertOverride(new AlertOverride { MinPriceMove = -0.1 }));
        var rules = await grain.SetAlertOverride(new AlertOverride
        {
            FireAfter = 1, MinProbability = 0.8, UnitsNoiseSigmas = 0, MinPriceMove = 0.2, PromotionDipDays = 7, ExplainCalendarEvents = false,
        });
        Assert.Equal(1, rules.Override!.FireAfter);
        Assert.Equal(7, rules.Override.PromotionDipDays);

        await fixture.DeactivateAsync(grain);
        var view = await grain.GetAlerts();
        Assert.Equal("ana", view.Open!.AcknowledgedBy);
        Assert.Equal("looking into it", view.Open.AcknowledgeNote);
        var held = Assert.Single(view.Snoozes);
        Assert.Equal("Red", held.Tier);
        Assert.Equal(0.8, view.Override!.MinProbability);
        Assert.Equal(1, view.Override.FireAfter);
        // The noise guards and the event explanations are per-ASIN thresholds too, and survive a reactivation.
        Assert.Equal(0, view.Override.UnitsNoiseSigmas);
        Assert.Equal(0.2, view.Override.MinPriceMove);
        Assert.Equal(7, view.Override.PromotionDipDays);
        Assert.False(view.Override.ExplainCalendarEvents);
        Assert.Equal(1.5, view.Override.FireAtOnceMargin);
        Assert.Equal(view.LastSequence, view.History[^1].Sequence);

        var after = await grain.GetAlerts(afterSequence: view.LastSequence - 1);
        Assert.Equal(view.LastSequence, Assert.Single(after.History).Sequence);
        Assert.Null((await grain.SetAlertOverride(null)).Override);
    }

    [Fact]
    public async Task A_category_snooze_reaches_the_asins_of_the_category_and_silences_them()
    {
        var category = "Garden-" + Guid.NewGuid().ToString("N")[..6];
        var grain = fixture.Client.GetAsinGrain(NewAsin('L'));
        await grain.IngestBatch(Steady(100, 4, category));          // reports to the category
        var view = await fixture.Client.GetGrain<ICategoryGrain>(category)
            .Snooze(new SnoozeRequest { Until = DateTime.UtcNow.AddHours(1), By = "ops", Note = "supplier issue" });
        Assert.Equal("Category", view.Scope);
        Assert.Equal(category, view.Category);

        AlertsView alerts = null!;
        for (int i = 0; i < 50; i++)
        {
            alerts = await grain.GetAlerts();
            if (alerts.Snoozes.Count > 0) break;
            await Task.Delay(100);
        }
        Assert.Contains(alerts.Snoozes, s => s.Scope == "Category" && s.Category == category);

        await grain.Ingest(Spike(3, category));
        await grain.Ingest(Spike(2, category) with { Units = 420, Price = 5 });
        var after = await grain.GetAlerts();
        var fired = Assert.Single(after.History, n => n.Kind == "Firing");
        Assert.False(fired.Notify);                                    // recorded, but subscribers are not told
        Assert.Contains(after.History, n => n.Kind == "Snoozed" && n.Reason.Contains(category));
    }
}
