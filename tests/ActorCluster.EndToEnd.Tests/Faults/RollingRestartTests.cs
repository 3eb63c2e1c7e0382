using ActorCluster.AlertClient;
using ActorCluster.EndToEnd.Tests.Processes;
using Xunit.Abstractions;
using static ActorCluster.EndToEnd.Tests.Processes.SiloApi;

namespace ActorCluster.EndToEnd.Tests.Faults;

/// <summary>
/// Rolling restart under load: three silos, each restarted in turn (SIGTERM, start again, rejoin) while ingest keeps
/// running and alert-raising ASINs keep firing and resolving. Three SignalR clients (AlertHubClient, each first connected
/// to a different silo, all subscribed to the alerting ASINs) must end up with exactly the grains' notified alert history,
/// in sequence order: whatever they missed while moving between silos comes back by replay.
/// </summary>
public sealed class RollingRestartTests(ITestOutputHelper output)
{
    private static readonly string[] AlertArgs =
        [.. AlertPushTests.QuickRules, "--Alerts:LiveHorizon", "3650.00:00:00"];

    [Fact]
    public async Task Restarting_every_silo_in_turn_under_load_loses_no_alert_for_subscribed_clients()
    {
        await using var cluster = await FaultCluster.StartAsync("roll", 3, null, AlertArgs);
        var https = cluster.Silos.Select(s => cluster.Http(s)).ToList();
        var alerting = Enumerable.Range(0, 12).Select(_ => AlertPushTests.NewAsin('R')).ToList();
        // History far enough back that each cycle below can move on to a new day.
        await PostAsync(https[0], [.. alerting.SelectMany(x => Steady(x, 400, 200))]);

        var clients = new List<AlertHubClient>();
        var events = new List<string>();
        for (var k = 0; k < 3; k++)
        {
            var client = new AlertHubClient(new AlertHubClientOptions
            {
                Urls = [.. Enumerable.Range(0, 3).Select(i => cluster.Silos[(k + i) % 3].BaseAddress)],
                ApiKey = TestKeys.Admin,
                Subscription = new AlertSubscription { Asins = alerting },
            });
            var index = k;
            client.ConnectionChanged += (_, e) => { lock (events) events.Add($"{DateTime.UtcNow:HH:mm:ss.fff} client {index}: {e.Kind} {e.Url} replayed={e.Replayed} delivered={e.Delivered} {e.Error?.Message}"); };
            await client.StartAsync();
            clients.Add(client);
        }
        try
        {
            var feeder = new IngestFeeder([.. https.Select(h => (Func<HttpClient>)(() => h))], workers: 3, asinsPerWorker: 20, firstDayAgo: 399,
                pause: TimeSpan.FromMilliseconds(50));
            using var stop = new CancellationTokenSource();
            var background = feeder.RunAsync(stop.Token);
            var cycles = 0;
            var alerts = Task.Run(async () =>
            {
                // Each cycle: a spike (fires) then a normal day (resolves) for every alerting ASIN, on new days.
                for (; cycles < 95 && !stop.IsCancellationRequested; cycles++)
                    foreach (var x in alerting)
                    {
                        await PostAnywhereAsync(https, cycles, [Spike(x, 199 - 2 * cycles)]);
                        await PostAnywhereAsync(https, cycles, Steady(x, 198 - 2 * cycles, 198 - 2 * cycles));
                    }
            });

            await Task.Delay(TimeSpan.FromSeconds(3));
            foreach (var silo in cluster.Silos)
            {
                var (exit, took) = await silo.TerminateAsync(TimeSpan.FromSeconds(60));
                await silo.StartAsync(FaultCluster.StartTimeout);
                await cluster.WaitActiveAsync(3, TimeSpan.FromSeconds(60));
                output.WriteLine($"silo {silo.Index} restarted (stop exit {exit} in {took.TotalSeconds:0.0} s) at cycle {cycles}");
                Assert.Equal(0, exit);
            }
            await Task.Delay(TimeSpan.FromSeconds(3));
            await stop.CancelAsync();
            await Task.WhenAll(background, alerts);

            var expected = new Dictionary<string, List<long>>();
            foreach (var x in alerting)
                expected[x] = [.. (await AlertsAsync(https[0], x)).History.Where(n => n.Notify).Select(n => n.Sequence)];
            var total = expected.Values.Sum(v => v.Count);
            output.WriteLine($"{cycles} alert cycles, {total} notified transitions over {alerting.Count} ASINs; background ingest " +
                             $"{feeder.Requests.Count(IngestFeeder.IsSuccess)} requests acknowledged, {feeder.Requests.Count(r => !IngestFeeder.IsSuccess(r))} refused and sent again");
            Assert.True(total >= alerting.Count * 2, $"only {total} transitions: the load raised too few alerts to show anything");

            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && clients.Any(c => alerting.Any(x => expected[x].Count > 0 && c.LastSequences.GetValueOrDefault(x) < expected[x][^1])))
                await Task.Delay(200);
            for (var k = 0; k < clients.Count; k++)
            {
                var received = clients[k].Received;
                output.WriteLine($"client {k}: {received.Count} notices, {clients[k].Reconnects} reconnects, {clients[k].Duplicates} duplicates dropped, now on {clients[k].ConnectedTo}");
                foreach (var x in alerting)
                {
                    var got = received.Where(n => n.Asin == x).Select(n => n.Sequence).ToList();
                    if (!expected[x].SequenceEqual(got)) Assert.Fail($"client {k}, {x}: expected {string.Join(",", expected[x])}, got {string.Join(",", got)}; " +
                        $"raised at {string.Join(", ", (await AlertsAsync(https[0], x)).History.Where(n => n.Notify).Select(n => $"{n.Sequence}@{n.RaisedAt:HH:mm:ss.fff}"))}; " +
                        $"connection events:\n{string.Join("\n", Events())}");
                }
            }
            string[] Events() { lock (events) return [.. events]; }
            Assert.True(clients.Sum(c => c.Reconnects) >= 3, "no client had to move: the restarts did not reach the clients");

            // The background ingest lost nothing either.
            foreach (var (asin, days) in feeder.Acknowledged)
                Assert.Equal(days.Count, (await AsinSnapshot.ReadAsync(https[0], asin)).Accepted);
        }
        finally
        {
            foreach (var c in clients) await c.DisposeAsync();
        }
    }

    /// <summary>Posts to the silos in turn until one acknowledges: while a silo restarts, its HTTP port refuses.</summary>
    private static async Task PostAnywhereAsync(IReadOnlyList<HttpClient> silos, int seed, object[] items)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        for (var attempt = seed; ; attempt++)
        {
            try
            {
                await PostAsync(silos[attempt % silos.Count], items);
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
