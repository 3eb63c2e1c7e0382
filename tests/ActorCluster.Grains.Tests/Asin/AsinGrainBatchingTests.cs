using System.Text.Json;
using System.Text.Json.Serialization;
using ActorCluster.Grains.Tests.Fixtures;
using static ActorCluster.Grains.Tests.Fixtures.TestData;

namespace ActorCluster.Grains.Tests.Asin;

/// <summary>
/// A backfilled ASIN ends in the same state however its rows were cut into calls: one batch (what a backfill of a
/// grouped file sends), 45-day batches, or one observation per call (the live path). What survives a restart is
/// compared: counts, window, latest values, and the analytics a fresh activation rebuilds from them.
/// </summary>
[Collection(MemoryCluster.Name)]
public sealed class AsinGrainBatchingTests(MemoryClusterFixture fixture)
{
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    [Fact]
    public async Task The_same_rows_as_one_batch_as_45_day_batches_and_one_by_one_give_equal_state()
    {
        // 500 days that end before the live horizon (no alert is judged) and are longer than the 400-period window.
        var rows = Days(530, seed: 7).Take(500).ToArray();
        var whole = await Load(rows, rows.Length);
        var chunked = await Load(rows, 45);
        var single = await Load(rows, 1);

        Assert.Equal(whole.Status, chunked.Status);
        Assert.Equal(whole.Status, single.Status);
        Assert.Equal(whole.Window, chunked.Window);
        Assert.Equal(whole.Window, single.Window);
        Assert.Equal(whole.Analytics, chunked.Analytics);
        Assert.Equal(whole.Analytics, single.Analytics);
        Assert.Equal(400, whole.Window.Length);
        Assert.NotNull(JsonDocument.Parse(whole.Analytics).RootElement.GetProperty("Forecast").GetProperty("Model").GetString());
    }

    private async Task<(object Status, Observation[] Window, string Analytics)> Load(Observation[] rows, int batch)
    {
        var grain = fixture.Client.GetAsinGrain(NewAsin('B'));
        foreach (var chunk in rows.Chunk(batch))
        {
            var results = chunk.Length == 1 ? [await grain.Ingest(chunk[0])] : await grain.IngestBatch(chunk);
            Assert.All(results, r => Assert.Equal(IngestStatus.Accepted, r.Status));
        }
        await fixture.DeactivateAsync(grain);
        var s = await grain.GetStatus();
        var a = await grain.GetAnalytics();
        // The category figures depend on the other ASINs of the category; everything else is the ASIN's own.
        var analytics = JsonSerializer.Serialize(new { a.Period, a.Features, a.Lifecycle, a.Events, a.Forecast, a.Thresholds, a.Drift, a.UnitsOutlier }, Json);
        return ((s.Counts, s.WindowCount, s.WindowStart, s.WindowEnd, s.Latest, s.Currency, s.Category), await grain.GetWindow(), analytics);
    }
}
