using ActorCluster.Grains.Tests.Fixtures;
using static ActorCluster.Grains.Tests.Fixtures.TestData;

namespace ActorCluster.Grains.Tests.Catalog;

/// <summary>The directory of monitored ASINs: what the ASIN grains report, change tracking and persistence.</summary>
[Collection(SqliteCluster.Name)]
public sealed class AsinDirectoryTests(SqliteClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Polls the ASIN's partition until its line satisfies the condition.</summary>
    private async Task<AsinSummary> LineAsync(string asin, Func<AsinSummary, bool> until)
    {
        var partition = AsinDirectory.For(fixture.Client, asin);
        var deadline = DateTime.UtcNow + Patience;
        AsinSummary? line = null;
        while (DateTime.UtcNow < deadline)
        {
            line = (await partition.GetChanges(0)).Changed.FirstOrDefault(l => l.Asin == asin);
            if (line is not null && until(line)) return line;
            await Task.Delay(50);
        }
        Assert.Fail($"{asin}: directory line never matched; last seen {line}");
        return null!;
    }

    private static Observation[] Steady(int from, int to, int seed = 3)
    {
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, from - to + 1).Select(i => Obs(Today.AddDays(-from + i), 20 + rng.Next(-2, 3), 10.0) with
            { SalesRank = 1000 + rng.Next(-30, 31), Category = "Garden", Promotion = false })];
    }

    [Fact]
    public async Task An_ingest_reports_the_latest_figures_and_a_sparkline_with_gaps()
    {
        var asin = NewAsin('D');
        var rows = Steady(60, 1).Where(o => o.PeriodStart != Today.AddDays(-3)).ToArray();   // one missing day
        await fixture.Client.GetAsinGrain(asin).IngestBatch(rows);

        var line = await LineAsync(asin, l => l.Stored == rows.Length);
        var last = rows[^1];
        Assert.Equal(last.Units, line.Units);
        Assert.Equal(last.Price, line.Price);
        Assert.Equal(last.SalesRank, line.Rank);
        Assert.Equal(last.PeriodStart, line.LastPeriod);
        Assert.Equal("Garden", line.Category);
        Assert.Equal("None", line.Tier);
        Assert.Equal(AsinDirectory.SparklineLength, line.RecentUnits.Length);
        Assert.Equal((float)last.Units!.Value, line.RecentUnits[^1]);
        Assert.True(float.IsNaN(line.RecentUnits[^3]), "the missing day is NaN");
        Assert.Equal((float)rows[rows.Length - 30 + 1].Units!.Value, line.RecentUnits[0]);
    }

    [Fact]
    public async Task An_alert_shows_its_tier_reason_and_id_and_a_burst_ends_on_the_last_observation()
    {
        var asin = NewAsin('D');
        var grain = fixture.Client.GetAsinGrain(asin);
        await grain.IngestBatch(Steady(100, 4));
        await grain.Ingest(Obs(Today.AddDays(-3), 140, 7.5) with { SalesRank = 250, Category = "Garden" });
        await grain.Ingest(Obs(Today.AddDays(-2), 420, 5) with { SalesRank = 200, Category = "Garden" });
        var open = (await grain.GetAlerts()).Open;
        Assert.NotNull(open);

        var line = await LineAsync(asin, l => l.AlertId == open!.Id && l.Units == 420);
        Assert.Equal(open!.Tier, line.Tier);
        Assert.Equal(open.State, line.AlertState);
        Assert.False(string.IsNullOrWhiteSpace(line.Reason));

        // Two calls inside one report interval: the second is sent by the grain's one-shot timer.
        await grain.Ingest(Obs(Today.AddDays(-1), 400, 5) with { SalesRank = 210, Category = "Garden" });
        await grain.Ingest(Obs(Today, 399, 5) with { SalesRank = 211, Category = "Garden" });
        await LineAsync(asin, l => l.LastPeriod == Today && l.Units == 399);
    }

    [Fact]
    public async Task A_reader_gets_only_the_lines_changed_after_its_version_and_the_lines_survive_a_reactivation()
    {
        string a = NewAsin('D'), b = NewAsin('D');
        while (AsinDirectory.PartitionOf(b) != AsinDirectory.PartitionOf(a)) b = NewAsin('D');
        var partition = AsinDirectory.For(fixture.Client, a);
        await fixture.Client.GetAsinGrain(a).IngestBatch(Steady(40, 1));
        await fixture.Client.GetAsinGrain(b).IngestBatch(Steady(40, 1, seed: 9));
        await LineAsync(a, _ => true);
        await LineAsync(b, _ => true);

        var seen = (await partition.GetChanges(0)).Version;
        await fixture.Client.GetAsinGrain(a).Ingest(Obs(Today.AddDays(1), 33, 10) with { Category = "Garden" });
        await LineAsync(a, l => l.Units == 33);
        var changed = await partition.GetChanges(seen);
        Assert.Equal([a], changed.Changed.Select(l => l.Asin));

        await fixture.Cluster.DeactivateAsync(partition);
        var after = await partition.GetChanges(0);
        Assert.Contains(after.Changed, l => l.Asin == a && l.Units == 33);
        Assert.Contains(after.Changed, l => l.Asin == b);
        Assert.True(after.Version > changed.Version, "versions keep growing across a reactivation");
        Assert.Empty((await partition.GetChanges(after.Version)).Changed);
    }
}
