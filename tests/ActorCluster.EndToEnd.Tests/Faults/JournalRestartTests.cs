using ActorCluster.EndToEnd.Tests.Processes;
using Microsoft.AspNetCore.SignalR.Client;
using static ActorCluster.EndToEnd.Tests.Processes.SiloApi;

namespace ActorCluster.EndToEnd.Tests.Faults;

/// <summary>
/// The recent-transitions journal is in memory. A silo killed after an alert fired forgets it; a client subscribed
/// to a category, a tier or everything that replays "since T" after the restart still gets the alert, because the
/// restarted journal says it cannot vouch for T and the hub asks the grains the directory names.
/// </summary>
public sealed class JournalRestartTests
{
    [Fact]
    public async Task A_replay_since_before_a_crash_returns_alerts_the_journal_forgot()
    {
        var dir = RepoPaths.NewTempDir();
        var gateway = RepoPaths.FreePort();
        var asin = AlertPushTests.NewAsin('J');
        var category = "Garden " + Guid.NewGuid().ToString("N")[..6];
        AlertNotice fired;
        DateTime before;
        await using (var silo = await SiloProcess.StartAsync(dir, gateway, extraArgs: AlertPushTests.QuickRules))
        {
            using var http = Http(silo);
            await PostAsync(http, Steady(asin, 90, 7, category));
            before = DateTime.UtcNow;
            await PostAsync(http, Spike(asin, 6, category: category));
            fired = Assert.Single((await AlertsAsync(http, asin)).History, n => n.Kind == "Firing" && n.Notify);

            // The directory is written every 5 s; then the process dies without any graceful flush.
            await Task.Delay(TimeSpan.FromSeconds(7));
            await silo.KillAsync();
        }

        await using var restarted = await SiloProcess.StartAsync(dir, gateway, extraArgs: AlertPushTests.QuickRules);
        await using var client = await AlertHubTestClient.ConnectAsync(restarted);
        async Task<AlertNotice[]> ReplayAsync(AlertSubscription s) => await client.Connection.InvokeAsync<AlertNotice[]>(
            AlertHubContract.Replay, new ReplayRequest { Since = before, Subscription = s });

        Assert.Contains(await ReplayAsync(new AlertSubscription { Categories = [category] }), n => n.Asin == asin && n.Sequence == fired.Sequence);
        Assert.Contains(await ReplayAsync(new AlertSubscription { All = true }), n => n.Asin == asin && n.Sequence == fired.Sequence);
        Assert.Contains(await ReplayAsync(new AlertSubscription { Tiers = [fired.Tier] }), n => n.Asin == asin && n.Sequence == fired.Sequence);
        // Matched to the subscription: another category or tier does not get it, nor does a time after it.
        Assert.DoesNotContain(await ReplayAsync(new AlertSubscription { Categories = ["Another " + category] }), n => n.Asin == asin);
        var otherTier = new[] { "Yellow", "Orange", "Red" }.First(t => t != fired.Tier);
        Assert.DoesNotContain(await ReplayAsync(new AlertSubscription { Tiers = [otherTier] }), n => n.Asin == asin && n.Kind == "Firing");
        var later = await client.Connection.InvokeAsync<AlertNotice[]>(AlertHubContract.Replay,
            new ReplayRequest { Since = fired.RaisedAt.AddSeconds(1), Subscription = new AlertSubscription { All = true } });
        Assert.DoesNotContain(later, n => n.Asin == asin);
    }
}
