using ActorCluster.AlertClient;
using ActorCluster.EndToEnd.Tests.Processes;
using static ActorCluster.EndToEnd.Tests.Processes.SiloApi;

namespace ActorCluster.EndToEnd.Tests;

/// <summary>
/// A silo that dies under a subscribed client: the client fails over to the other silo and, through replay, ends up
/// with every transition the grains acknowledged, including those raised while it had no connection.
/// </summary>
public sealed class AlertFailoverTests
{
    [Fact]
    public async Task Clients_of_a_killed_silo_fail_over_and_lose_no_acknowledged_alert()
    {
        Assert.False(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ACTORCLUSTER_PG")), "ACTORCLUSTER_PG is not set: run the tests through deploy/test.sh");
        var id = "fail" + Guid.NewGuid().ToString("N")[..10];
        var a = await SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs: AlertPushTests.ClusterArgs(id));
        await using var b = await SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs: AlertPushTests.ClusterArgs(id));
        await Membership.WaitActiveAsync(id, 2, TimeSpan.FromSeconds(60));
        try
        {
            using var httpA = Http(a, TestKeys.Admin);
            using var httpB = Http(b, TestKeys.Admin);
            // ASINs on both silos: at least three whose grain lives on the silo that will die, and one on the other.
            var asins = new List<string>();
            var onA = new List<string>();
            for (int i = 0; i < 60 && (onA.Count < 3 || asins.Count - onA.Count < 1); i++)
            {
                var x = AlertPushTests.NewAsin('F');
                await PostAsync(i % 2 == 0 ? httpA : httpB, Steady(x, 90, 7));
                bool hereA = (await HostedOnAsync(httpA, x)).Contains($":{a.SiloPort}:");
                if (hereA && onA.Count >= 3) continue;
                if (!hereA && asins.Count - onA.Count >= 2) continue;
                asins.Add(x);
                if (hereA) onA.Add(x);
            }
            Assert.True(onA.Count >= 3 && asins.Count > onA.Count, $"placement gave {onA.Count} of {asins.Count} ASINs on silo A");

            await using var client = new AlertHubClient(new AlertHubClientOptions
            {
                Urls = [a.BaseAddress, b.BaseAddress],
                ApiKey = TestKeys.Admin,
                Subscription = new AlertSubscription { Asins = asins },
            });
            var events = new List<string>();
            client.ConnectionChanged += (_, e) => { lock (events) events.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {e.Kind} {e.Url} {e.Error?.Message} replayed={e.Replayed} delivered={e.Delivered}"); };
            await client.StartAsync();
            Assert.Equal(a.BaseAddress, client.ConnectedTo);
            foreach (var x in asins) await PostAsync(httpA, Spike(x, 6));
            await client.WaitForCountAsync(n => n.Kind == "Firing", asins.Count, TimeSpan.FromSeconds(30));

            await a.KillAsync();
            // Keep raising transitions through B while A is dead; an ingest counts once it is acknowledged.
            foreach (var x in asins)
            {
                await PostWithRetryAsync(httpB, Steady(x, 5, 2));
                await PostWithRetryAsync(httpB, [Spike(x, 1, units: 420, price: 4)]);
            }

            var expected = new Dictionary<string, List<long>>();
            foreach (var x in asins)
                expected[x] = [.. (await AlertsAsync(httpB, x)).History.Where(n => n.Notify).Select(n => n.Sequence)];
            Assert.All(asins, x => Assert.True(expected[x].Count >= 3, $"{x}: {string.Join(",", expected[x])}"));

            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < deadline && asins.Any(x => client.LastSequences.GetValueOrDefault(x) < expected[x][^1]))
                await Task.Delay(200);
            Assert.Equal(b.BaseAddress, client.ConnectedTo);
            Assert.True(client.Reconnects >= 1);
            var received = client.Received;
            string Why() { lock (events) return $"on A: {string.Join(",", onA)}; events:\n{string.Join("\n", events)}\nB log:\n{string.Join("\n", b.Log.Split('\n').Where(l => l.Contains("Alert") || l.Contains("hub")).TakeLast(30))}"; }
            foreach (var x in asins)
                Assert.True(expected[x].SequenceEqual(received.Where(n => n.Asin == x).Select(n => n.Sequence)),   // all of them, once, in order
                    $"{x}: expected {string.Join(",", expected[x])}, got {string.Join(",", received.Where(n => n.Asin == x).Select(n => n.Sequence))}; {Why()}");
        }
        finally
        {
            await a.DisposeAsync();
        }
    }

    private static async Task PostWithRetryAsync(HttpClient http, object[] items)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            try
            {
                await PostAsync(http, items);
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);   // the dead silo's grains move once membership declares it dead
            }
        }
    }
}
