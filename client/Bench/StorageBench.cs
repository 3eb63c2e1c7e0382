using System.Diagnostics;
using ActorCluster.Client.Connection;

namespace ActorCluster.Client.Bench;

/// <summary>
/// One storage end to end: start its silo, connect over the gateway, prefill, warm up, then time the
/// workloads in interleaved rounds (so drift on a shared machine hits every workload alike), then clean up.
/// </summary>
public static class StorageBench
{
    public static async Task<StorageResult> RunAsync(BenchSettings s, BenchStorage storage, Action<string> progress, CancellationToken ct)
    {
        var name = storage.ToString().ToLowerInvariant();
        var pg = storage == BenchStorage.Postgres ? s.Postgres : null;
        progress($"{name}: starting the silo");
        await using var silo = await BenchSilo.StartAsync(s.SiloDll, storage, pg, ct);
        PostgresUpsertCeiling? raw = null;
        try
        {
            var target = new ClusterTarget(silo.GatewayPort, null, silo.ServiceId, silo.ServiceId, TimeSpan.FromSeconds(30));
            await using var connection = await ClusterConnection.ConnectAsync(target, ct);
            var grains = new GrainWorkloads(connection.Client, new ObservationFeed(s.Asins), s.Concurrency, s.BatchSize);

            progress($"{name}: prefill, {s.Asins} ASINs x {GrainWorkloads.PrefillDays} days (activates every grain, fills its window)");
            var clock = Stopwatch.StartNew();
            await grains.PrefillAsync(ct);
            var prefill = clock.Elapsed;

            var workloads = new List<(string Name, string Description, Func<int, Task<int>> Call)>
            {
                (Workloads.Echo, "IEchoGrain.Echo keyed per ASIN, bare call", grains.Echo),
                (Workloads.Ingest, "IAsinGrain.Ingest, 1 obs/call", grains.IngestOne),
                (Workloads.IngestBatch, $"IAsinGrain.IngestBatch, {s.BatchSize} obs/call", grains.IngestBatch),
            };
            if (pg is not null)
            {
                var payload = await PostgresGrainRows.MedianPayloadAsync(pg, silo.ServiceId, ct)
                              ?? throw new InvalidOperationException("the PostgreSQL silo wrote no grain state during the prefill");
                raw = await PostgresUpsertCeiling.CreateAsync(pg, payload, s.Asins, s.Concurrency, ct);
                workloads.Add((Workloads.NpgsqlUpsert, $"raw Npgsql upsert, {payload.Length} B payload", raw.Upsert));
            }

            progress($"{name}: warm-up, {s.WarmUp.TotalSeconds:0.#}s per workload");
            foreach (var w in workloads) await LoadRunner.RunAsync(s.Concurrency, s.WarmUp, w.Call, ct);

            var rounds = workloads.Select(_ => new List<RoundResult>()).ToArray();
            for (var r = 0; r < s.Rounds; r++)
            {
                for (var i = 0; i < workloads.Count; i++)
                {
                    var result = await LoadRunner.RunAsync(s.Concurrency, s.Duration, workloads[i].Call, ct);
                    rounds[i].Add(result);
                    progress($"{name}: round {r + 1}/{s.Rounds} {workloads[i].Name,-13} {result.ObservationsPerSecond,10:N0} obs/s  {result.CallsPerSecond,9:N0} calls/s  p50 {result.P50Ms:0.00} ms  p99 {result.P99Ms:0.00} ms");
                }
            }
            var measurements = workloads.Select((w, i) => new Measurement(name, w.Name, w.Description, rounds[i])).ToList();
            return new StorageResult(storage, measurements, raw?.PayloadBytes, grains.Unexpected, grains.FirstUnexpected, prefill);
        }
        finally
        {
            if (raw is not null) await raw.DisposeAsync();
            if (pg is not null) await DeleteRowsAsync(pg, silo.ServiceId, progress);
        }
    }

    private static async Task DeleteRowsAsync(string pg, string serviceId, Action<string> progress)
    {
        try { progress($"postgres: deleted {await PostgresGrainRows.DeleteAsync(pg, serviceId)} grain-state rows of this run"); }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
        {
            progress($"postgres: could not delete this run's rows (ServiceId '{serviceId}'): {e.Message}");
        }
    }
}
