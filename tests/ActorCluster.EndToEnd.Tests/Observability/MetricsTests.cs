using System.Net;
using System.Text.Json;
using ActorCluster.EndToEnd.Tests.Processes;
using static ActorCluster.EndToEnd.Tests.Processes.SiloApi;

namespace ActorCluster.EndToEnd.Tests.Observability;

/// <summary>A local silo with JSON logs (debug for the ASIN grain) and rules that fire on the first qualifying period.</summary>
public sealed class MetricsSiloFixture : IAsyncLifetime
{
    public SiloProcess Silo { get; private set; } = null!;

    public async Task InitializeAsync() => Silo = await SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs:
    [
        .. AlertPushTests.QuickRules,
        "--Logging:Format", "json", "--Logging:LogLevel:ActorCluster.Grains.Asin.AsinGrain", "Debug",
    ]);

    public async Task DisposeAsync() => await Silo.DisposeAsync();
}

/// <summary>
/// /metrics after known traffic: the counters move by exactly what was sent (read before and after, so the tests do
/// not depend on each other's order), the alert and delivery instruments see a pushed alert, Orleans' meters are there.
/// </summary>
public sealed class MetricsTests(MetricsSiloFixture fixture) : IClassFixture<MetricsSiloFixture>
{
    private const string Ingested = "actorcluster_observations_ingested_total";
    private const string Rejected = "actorcluster_observations_rejected_total";
    private const string Writes = "actorcluster_grain_state_write_duration_seconds_count";

    [Fact]
    public async Task Ingest_counters_equal_what_was_accepted_duplicated_corrected_and_rejected_by_reason()
    {
        const string asin = "M000000001";
        using var http = Http(fixture.Silo);
        var before = await ScrapeAsync(http);

        var steady = Steady(asin, 40, 1);                                                  // 40 accepted
        await PostAsync(http, steady);
        await PostAsync(http, [.. steady.Take(5)]);                                         // 5 duplicates
        await PostAsync(http, new { asin, period = Day(1), units = 999 }, new { asin, period = Day(2), units = 998 });   // 2 corrected
        var bad = await PostAsync(http,
            new { asin, period = Day(-30), units = 1 },                                      // future
            new { asin, period = Day(3), units = -1 },                                       // invalid_field (grain)
            new { asin, period = Day(4), units = 1, rating = 7.5 },                          // invalid_field (grain)
            new { asin = "B0'; DROP TABLE--", period = Day(1), units = 1 },                  // invalid_asin (API)
            new { asin = "SHORT", period = Day(1), units = 1 },                              // invalid_asin (API)
            new { asin = "", period = Day(1), units = 1 },                                   // invalid_asin (API)
            new { asin });                                                                   // invalid_field: no period (API)
        Assert.Equal(7, bad.GetProperty("rejected").GetInt32());

        var after = await ScrapeAsync(http);
        double Delta(string name, params (string, string)[] labels) => after.Sum(name, labels) - before.Sum(name, labels);
        Assert.Equal(40, Delta(Ingested, ("status", "accepted")));
        Assert.Equal(5, Delta(Ingested, ("status", "duplicate")));
        Assert.Equal(2, Delta(Ingested, ("status", "corrected")));
        Assert.Equal(1, Delta(Rejected, ("reason", "future")));
        Assert.Equal(3, Delta(Rejected, ("reason", "invalid_field")));
        Assert.Equal(3, Delta(Rejected, ("reason", "invalid_asin")));
        Assert.Equal(7, Delta(Rejected));
        // One durable write per grain call: steady, duplicates, corrections, the grain's share of the bad batch.
        Assert.Equal(4, Delta(Writes, ("state", "asin"), ("outcome", "ok")));

        // Orleans' own meters ride along: the ASIN grain's activation is counted by grain type.
        Assert.True(after.Sum("orleans_catalog_activations") >= 1, "no orleans_catalog_activations samples");
        Assert.Contains(after.Names, n => n.StartsWith("orleans_storage_write", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_pushed_alert_is_counted_by_tier_and_kind_its_delivery_latency_recorded_and_logged_with_the_asin()
    {
        const string asin = "M000000002";
        using var http = Http(fixture.Silo);
        await PostAsync(http, Steady(asin, 90, 7));
        await using var hub = await AlertHubTestClient.ConnectAsync(fixture.Silo);
        await hub.SubscribeAsync(new AlertSubscription { Asins = [asin] });
        var before = await ScrapeAsync(http);

        await PostAsync(http, Spike(asin, 6));
        var notice = await hub.WaitForAsync(n => n.Asin == asin && n.Kind == "Firing", TimeSpan.FromSeconds(60));

        var after = await ScrapeAsync(http);
        var transitions = after.Sum("actorcluster_alerts_transitions_total", ("tier", notice.Tier), ("kind", "Firing"))
            - before.Sum("actorcluster_alerts_transitions_total", ("tier", notice.Tier), ("kind", "Firing"));
        Assert.Equal(1, transitions);
        // Recorded as the batch is handed to SignalR, which is before the client could receive it.
        var delivered = after.Sum("actorcluster_alerts_delivery_latency_seconds_count") - before.Sum("actorcluster_alerts_delivery_latency_seconds_count");
        Assert.True(delivered >= 1, $"delivery latency count moved by {delivered}");
        Assert.True(after.Has("actorcluster_alerts_delivery_latency_seconds_bucket", ("le", "0.1")));

        // Structured logs: the JSON console line of that alert carries the ASIN as its own field.
        var line = fixture.Silo.Log.Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement)
            .FirstOrDefault(e => e.GetProperty("Category").GetString() == "ActorCluster.Grains.Asin.AsinGrain"
                && e.TryGetProperty("State", out var s) && s.TryGetProperty("Asin", out var a) && a.GetString() == asin
                && s.TryGetProperty("AlertId", out var id) && id.GetString() == notice.AlertId);
        Assert.True(line.ValueKind == JsonValueKind.Object, "no JSON log line with State.Asin and the alert id");
    }

    [Fact]
    public async Task The_simulator_counts_every_observation_it_sends()
    {
        using var http = Http(fixture.Silo);
        var before = await ScrapeAsync(http);
        var run = await ClientProcess.RunAsync("simulate", "--asins", "4", "--categories", "1", "--days", "20", "--speed", "max",
            "--id", "metrics", "--gateway-port", fixture.Silo.GatewayPort.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());

        var after = await ScrapeAsync(http);
        var simulated = after.Sum("actorcluster_simulator_observations_total") - before.Sum("actorcluster_simulator_observations_total");
        var judged = after.Sum(Ingested) + after.Sum(Rejected) - before.Sum(Ingested) - before.Sum(Rejected);
        Assert.True(simulated >= 4 * 20, $"simulator counted {simulated}");
        Assert.Equal(simulated, judged);
    }

    private static async Task<PrometheusText> ScrapeAsync(HttpClient http)
    {
        var response = await http.GetAsync("metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new PrometheusText(await response.Content.ReadAsStringAsync());
    }
}
