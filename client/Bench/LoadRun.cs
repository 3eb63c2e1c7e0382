using System.Diagnostics;
using ActorCluster.Client.Connection;

namespace ActorCluster.Client.Bench;

/// <summary>
/// One silo count of <c>bench load</c>: start the cluster, connect over PostgreSQL clustering, give probe and load ASINs
/// their history, subscribe the clients, then run the background ingest (<see cref="PushLoad"/>) and the delivery probes
/// (<see cref="PushProber"/>) together for the duration while sampling the silos' memory.
/// </summary>
public static class LoadRun
{
    public static async Task<LoadScenario> RunAsync(LoadSettings s, int silos, Action<string> progress, CancellationToken ct)
    {
        await using var cluster = await LoadCluster.StartAsync(s.SiloDll, s.Postgres, silos, progress, ct);
        await using var connection = await ClusterConnection.ConnectAsync(cluster.Target, ct);
        var urls = cluster.Silos.Select(x => new Uri($"http://127.0.0.1:{x.HttpPort}/")).ToList();
        var probes = s.Probes;
        using var ingest = new PushIngest(PushIngestPath.Orleans, connection.Client, urls[0]);
        var feed = new PushProbeFeed(s.ProbeAsins, probes.QuietDays);
        var prober = new PushProber(feed, ingest, connection.Client, probes);
        progress($"{silos} silo(s): prefill {s.ProbeAsins} probe ASINs and {s.Asins:N0} load ASINs x {PushLoad.PrefillDays} days");
        await prober.PrefillAsync(ct);
        await using var load = new PushLoad(connection.Client, s.Asins, s.Batch);
        await load.PrefillAsync(ct);

        progress($"{silos} silo(s): subscribing {s.Clients} clients");
        var tracker = new PushDeliveryTracker(feed.Asins, s.Clients);
        var clients = await LoadSubscribers.StartAsync(s.Clients, urls, cluster.ApiKey, feed.Asins, tracker, ct);
        try
        {
            progress($"{silos} silo(s): {s.WarmUp.TotalSeconds:0} s warm-up, then {s.Duration.TotalSeconds:0} s measured");
            load.Start(s.EffectiveRate);
            PushProbeRun run;
            (long Accepted, long At) from, to;
            TimeSpan cpu0, cpu1;
            var pids = cluster.Silos.Select(x => x.ProcessId).ToList();
            await using (var memory = new LoadMemorySampler(pids, s.SampleEvery))
            {
                var probing = prober.RunAsync(tracker, s.WarmUp, s.Duration, 0, ct);
                await Task.Delay(s.WarmUp, ct);
                from = load.Mark();
                cpu0 = Cpu(pids);
                memory.Start();
                run = await probing;
                to = load.Mark();
                cpu1 = Cpu(pids);
                await load.StopAsync();
                var seconds = Stopwatch.GetElapsedTime(from.At, to.At).TotalSeconds;
                var samples = memory.Samples;
                var observations = to.Accepted - from.Accepted;
                progress($"{silos} silo(s): {observations / seconds:N0} obs/s, {run.Samples.Count} probes, memory growth {LoadMemorySampler.GrowthAfterWarmUp(samples):P1}");
                var result = PushScenarioResult.From(s.Clients, s.Rate, run, observations / seconds, 0, 0, null, 0);
                var behind = await ClientsBehindAsync(connection.Client, feed.Asins, clients, ct);
                return new LoadScenario(silos, seconds, observations, observations / seconds, result.Delivery, result.Samples, result.TimedOut,
                    result.MissedDeliveries, load.FailedCalls, load.Unexpected, ingest.Unexpected, clients.Sum(c => c.Reconnects), behind,
                    load.FirstProblem ?? ingest.FirstUnexpected, (cpu1 - cpu0).TotalSeconds / seconds, samples, LoadMemorySampler.GrowthAfterWarmUp(samples));
            }
        }
        finally
        {
            await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    /// <summary>
    /// Clients that, 30 s after the run, still lack an alert the probe grains notified: each client's last in-order
    /// sequence per ASIN (its replay fills gaps) against the grain's last notified sequence.
    /// </summary>
    private static async Task<int> ClientsBehindAsync(IClusterClient cluster, IReadOnlyList<string> asins, IReadOnlyList<AlertClient.AlertHubClient> clients, CancellationToken ct)
    {
        var last = new Dictionary<string, long>();
        foreach (var a in asins) last[a] = (await cluster.GetGrain<IAsinGrain>(a).GetAlerts(0, 1, notifiedOnly: true)).LastSequence;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        int Behind() => clients.Count(c => { var seen = c.LastSequences; return asins.Any(a => last[a] > 0 && seen.GetValueOrDefault(a) < last[a]); });
        while (Behind() > 0 && DateTime.UtcNow < deadline) await Task.Delay(200, ct);
        return Behind();
    }

    private static TimeSpan Cpu(IEnumerable<int> pids) => pids.Aggregate(TimeSpan.Zero, (sum, pid) =>
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return sum + p.TotalProcessorTime;
        }
        catch (ArgumentException) { return sum; }
        catch (InvalidOperationException) { return sum; }
    });
}
