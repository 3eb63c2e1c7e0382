using System.Diagnostics;
using ActorCluster.Client.Connection;

namespace ActorCluster.Client.Bench;

/// <summary>
/// <c>bench push</c> end to end: start one silo (alerts judged on every period, fire and resolve after one), connect
/// over the gateway, give the probe and load ASINs their history, then per background rate (load running throughout)
/// and per client count: connect and subscribe the clients, probe, and summarise. Cleans up like the ingest bench.
/// </summary>
public static class PushBench
{
    /// <summary>Probing before the first scenario, not recorded.</summary>
    public static readonly TimeSpan InitialWarmUp = TimeSpan.FromSeconds(5);

    public static async Task<PushReport> RunAsync(PushSettings s, Action<string> progress, CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        var loadAtStart = MachineLoad.OneMinute();
        var storage = s.Storage.ToString().ToLowerInvariant();
        progress($"starting the silo ({storage})");
        await using var silo = await BenchSilo.StartAsync(s.SiloDll, s.Storage, s.Postgres, ct, PushReport.SiloArguments);
        try
        {
            var target = new ClusterTarget(silo.GatewayPort, null, silo.ServiceId, silo.ServiceId, TimeSpan.FromSeconds(30));
            await using var connection = await ClusterConnection.ConnectAsync(target, ct);
            var url = new Uri($"http://127.0.0.1:{silo.HttpPort}/");
            using var ingest = new PushIngest(s.Ingest, connection.Client, url);
            var feed = new PushProbeFeed(s.ProbeAsins, s.QuietDays);
            var prober = new PushProber(feed, ingest, connection.Client, s);
            progress($"prefill: {s.ProbeAsins} probe ASINs x {PushProbeFeed.HistoryDays} days");
            await prober.PrefillAsync(ct);
            await using var load = new PushLoad(connection.Client, s.LoadAsins, s.LoadBatch);

            // JIT tiering, connection pools and first activations would otherwise land in the first scenario's figures.
            progress($"warm-up: {InitialWarmUp.TotalSeconds:0}s of probes with one client, not recorded");
            var warmTracker = new PushDeliveryTracker(feed.Asins, 1);
            await using (await PushSubscribers.StartAsync(1, url, feed.Asins, s.Protocol, warmTracker, ct))
                await prober.RunAsync(warmTracker, InitialWarmUp, TimeSpan.Zero, 0, ct);

            var results = new List<PushScenarioResult>();
            var loadReady = false;
            foreach (var rate in s.LoadRates.Order())
            {
                if (rate > 0)
                {
                    if (!loadReady)
                    {
                        // Only now: its activations and garbage would otherwise weigh on the idle scenarios.
                        progress($"prefill: {s.LoadAsins:N0} load ASINs x {PushLoad.PrefillDays} days");
                        await load.PrefillAsync(ct);
                        loadReady = true;
                    }
                    load.Start(rate);
                }
                try
                {
                    foreach (var clients in s.Clients.Order())
                    {
                        var result = await ScenarioAsync(s, clients, rate, feed, prober, load, url, silo.ProcessId, progress, ct);
                        results.Add(result);
                        progress($"{result.Name}: {result.Samples} samples, p50 {result.Delivery.P50:0.0} ms, p99 {result.Delivery.P99:0.0} ms, " +
                                 $"max {result.Delivery.Max:0.0} ms; load {result.AchievedRate:N0} obs/s");
                    }
                }
                finally { await load.StopAsync(); }
            }
            return new PushReport(started, BenchReport.DescribeMachine(), s.SiloDll, s, results, ingest.Unexpected, ingest.FirstUnexpected,
                load.Unexpected, load.FailedCalls, load.FirstProblem, loadAtStart, MachineLoad.OneMinute());
        }
        finally
        {
            if (s.Postgres is not null)
            {
                try { progress($"postgres: deleted {await PostgresGrainRows.DeleteAsync(s.Postgres, silo.ServiceId)} grain-state rows of this run"); }
                catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
                {
                    progress($"postgres: could not delete this run's rows (ServiceId '{silo.ServiceId}'): {e.Message}");
                }
            }
        }
    }

    private static async Task<PushScenarioResult> ScenarioAsync(PushSettings s, int clients, int rate, PushProbeFeed feed, PushProber prober,
        PushLoad load, Uri url, int siloPid, Action<string> progress, CancellationToken ct)
    {
        var name = $"{clients} client(s), {(rate == 0 ? "idle" : $"{rate:N0} obs/s")}";
        progress($"{name}: connecting and subscribing the clients");
        var tracker = new PushDeliveryTracker(feed.Asins, clients);
        await using var subscribers = await PushSubscribers.StartAsync(clients, url, feed.Asins, s.Protocol, tracker, ct);
        progress($"{name}: {s.WarmUp.TotalSeconds:0.#}s warm-up, then probing for {s.Duration.TotalSeconds:0.#}s");
        var run = prober.RunAsync(tracker, s.WarmUp, s.Duration, s.MinSamples, ct);
        await Task.Delay(s.WarmUp, ct);
        var (accepted0, at0) = load.Mark();
        var (silo0, bench0) = (CpuTime(siloPid), Process.GetCurrentProcess().TotalProcessorTime);
        var result = await run;
        var (accepted1, at1) = load.Mark();
        var seconds = Stopwatch.GetElapsedTime(at0, at1).TotalSeconds;
        var siloCpu = (CpuTime(siloPid) - silo0).TotalSeconds / seconds;
        var benchCpu = (Process.GetCurrentProcess().TotalProcessorTime - bench0).TotalSeconds / seconds;
        return PushScenarioResult.From(clients, rate, result, (accepted1 - accepted0) / seconds, siloCpu, benchCpu,
            MachineLoad.OneMinute(), subscribers.Reconnects);
    }

    private static TimeSpan CpuTime(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return p.TotalProcessorTime;
        }
        catch (ArgumentException) { return TimeSpan.Zero; }
        catch (InvalidOperationException) { return TimeSpan.Zero; }
    }
}
