using ActorCluster.Client.Backfill.Formats;

namespace ActorCluster.EndToEnd.Tests.Backfill;

/// <summary>
/// The shared M5 and wide data sets (read in place) and hand-written Keepa- and Xray-style exports, through a real
/// silo: no rejects, and every ASIN's grain counts exactly its rows.
/// </summary>
[Collection(BackfillCluster.Name)]
public sealed class RealDataBackfillTests(SiloFixture fixture)
{
    [Fact]
    public async Task The_m5_file_loads_with_zero_rejects_and_each_item_counts_its_days()
    {
        var path = SharedData.PathOf("m5/m5_sales_exog_small.csv");
        var expected = File.ReadLines(path).Skip(1).GroupBy(l => l[..l.IndexOf(',')]).ToDictionary(g => SeriesAsin.For(g.Key), g => (long)g.Count());
        var r = await BackfillCluster.Backfill(fixture, path, "--checkpoint", Path.Combine(fixture.Dir, "m5.checkpoint"));
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("(m5)", r.StdOut);
        Assert.Contains($"accepted {expected.Values.Sum()}, corrected 0, duplicates 0, rejected 0", r.StdOut);
        await AssertCounts(expected);
    }

    [Fact]
    public async Task The_wide_file_loads_with_zero_rejects_and_each_series_counts_its_filled_cells()
    {
        var path = SharedData.PathOf("synthetic-sales/kaggle_s3e19_book_sales_wide.csv");
        var lines = File.ReadLines(path).ToList();
        var names = lines[0].Split(',')[1..];
        var expected = names.Select((n, i) => (Asin: SeriesAsin.For(n), Count: (long)lines.Skip(1).Count(l => l.Split(',')[i + 1].Length > 0)))
            .ToDictionary(x => x.Asin, x => x.Count);
        var map = Path.Combine(fixture.Dir, "wide-ids.csv");
        var r = await BackfillCluster.Backfill(fixture, path, "--parallelism", "4", "--id-map", map, "--checkpoint", Path.Combine(fixture.Dir, "wide.checkpoint"));
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("(wide)", r.StdOut);
        Assert.Contains($"accepted {expected.Values.Sum()}, corrected 0, duplicates 0, rejected 0", r.StdOut);
        Assert.Equal($"S01,{SeriesAsin.For("S01")}", File.ReadLines(map).ElementAt(1).Replace("\"", ""));
        await AssertCounts(expected);
    }

    [Fact]
    public async Task A_keepa_style_export_loads_with_the_last_reading_of_each_day()
    {
        var path = Write("keepa.csv", FormatReaderTests.Keepa);
        var r = await BackfillCluster.Backfill(fixture, path);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("(keepa)", r.StdOut);
        Assert.Contains("rejected 0", r.StdOut);
        var s = await BackfillCluster.StatusAsync(fixture, ["B00KEEPA01", "B00KEEPA02"]);
        Assert.Equal((2L, 0L), (s["B00KEEPA01"].Counts.Accepted, s["B00KEEPA01"].Counts.Rejected));
        Assert.Equal(13.49, s["B00KEEPA01"].Latest!.Price);
        Assert.Equal(("EUR", 1L), (s["B00KEEPA02"].Currency, s["B00KEEPA02"].Counts.Accepted));
    }

    [Fact]
    public async Task An_xray_style_snapshot_loads_one_observation_per_row_and_date()
    {
        var path = Write("xray.csv", FormatReaderTests.Xray);
        var r = await BackfillCluster.Backfill(fixture, path);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("(xray)", r.StdOut);
        Assert.Contains("accepted 3, corrected 0, duplicates 0, rejected 0", r.StdOut);
        var s = await BackfillCluster.StatusAsync(fixture, ["B00XRAY001", "B00XRAY002"]);
        Assert.Equal(2, s["B00XRAY001"].Counts.Accepted);
        Assert.Equal((40.0, 1800L), (s["B00XRAY001"].Latest!.Units!.Value, s["B00XRAY001"].Latest!.SalesRank!.Value));
        Assert.Equal(1, s["B00XRAY002"].Counts.Accepted);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(fixture.Dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private async Task AssertCounts(Dictionary<string, long> expected)
    {
        var status = await BackfillCluster.StatusAsync(fixture, expected.Keys);
        foreach (var (asin, count) in expected)
            Assert.Equal((asin, count, 0L, 0L), (asin, status[asin].Counts.Accepted, status[asin].Counts.Duplicates, status[asin].Counts.Rejected));
    }
}
