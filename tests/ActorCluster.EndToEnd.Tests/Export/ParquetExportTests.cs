using System.Globalization;
using System.Text.Json;
using ActorCluster.EndToEnd.Tests.Processes;
using static ActorCluster.EndToEnd.Tests.Export.LoadedSiloFixture;

namespace ActorCluster.EndToEnd.Tests.Export;

/// <summary>The real console exports a real silo's ASINs to Parquet; Parquet.Net reads back what the grains hold.</summary>
[Collection(LoadedSiloCollection.Name)]
public sealed class ParquetExportTests(LoadedSiloFixture fixture)
{
    private static readonly string[] Checked = ["UnitsLag1", "UnitsMean7", "UnitsStd30", "UnitsEwma", "UnitsRsi", "VolumeRatio", "PriceMean7", "Periods", "EventMask"];

    private async Task<(string Dir, JsonElement Manifest, ClientProcess.Result Result)> ExportAsync(params string[] extra)
    {
        var dir = Path.Combine(fixture.Dir, "export-" + Guid.NewGuid().ToString("N")[..8]);
        // The directory learns of an ASIN one-way after its first write: wait until it lists all three.
        for (int attempt = 0; ; attempt++)
        {
            var r = await fixture.RunAsync(["export", "--format", "parquet", "--out", dir, "--overwrite", .. extra]);
            Assert.True(r.ExitCode == 0, r.ToString());
            var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "manifest.json"))).RootElement.Clone();
            if (manifest.GetProperty("AsinsExported").GetInt32() == 3 || attempt == 10) return (dir, manifest, r);
            await Task.Delay(500);
        }
    }

    [Fact]
    public async Task Features_and_forecasts_round_trip_with_the_grains_values_row_counts_per_month_and_versions()
    {
        var (dir, manifest, result) = await ExportAsync();
        Assert.Equal(3, manifest.GetProperty("AsinsExported").GetInt32());
        Assert.Contains("replayed features equal the live grain's for 3 of 3 ASINs", result.StdOut);

        var expected = fixture.Periods.Values.SelectMany(p => p).GroupBy(p => p.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Count());
        var files = Directory.GetFiles(Path.Combine(dir, "features"), "*.parquet", SearchOption.AllDirectories).Order().ToList();
        Assert.Equal(expected.Keys.Order().Select(m => Path.Combine(dir, "features", $"month={m}", "part-0.parquet")), files);

        var rows = new List<(string Asin, DateTime Period, Dictionary<string, double> Values, string? Category)>();
        foreach (var file in files)
        {
            var p = await ParquetFile.ReadAsync(file);
            var month = Path.GetFileName(Path.GetDirectoryName(file))!["month=".Length..];
            Assert.Equal(expected[month], p.Rows);
            Assert.Equal("features-v1", p.Metadata["actorcluster.feature_set_version"]);
            Assert.Equal("forecast-v1", p.Metadata["actorcluster.model_version"]);
            Assert.Equal(manifest.GetProperty("FeatureSetFingerprint").GetString(), p.Metadata["actorcluster.feature_set_fingerprint"]);
            Assert.Matches("^[0-9a-f]{12}$", p.Metadata["actorcluster.feature_set_fingerprint"]);
            Assert.Equal(month, p.Metadata["actorcluster.month"]);
            Assert.False(string.IsNullOrEmpty(p.Metadata["actorcluster.event_calendar"]));
            var asins = p.Text("Asin");
            var periods = p.Column<DateTime>("Period");
            var categories = p.Text("Category");
            Assert.All(periods, d => Assert.Equal(month, d.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
            for (int i = 0; i < p.Rows; i++)
                rows.Add((asins[i]!, periods[i], Checked.ToDictionary(c => c, c => p.Columns[c] is int[] ints ? ints[i] : ((double[])p.Columns[c])[i]), categories[i]));
        }
        foreach (var asin in Asins)
        {
            var mine = rows.Where(r => r.Asin == asin).OrderBy(r => r.Period).ToList();
            Assert.Equal(fixture.Periods[asin], mine.Select(r => r.Period.ToUniversalTime()));
            var view = (await fixture.ViewAsync(asin)).GetProperty("analytics");
            var live = view.GetProperty("features");
            foreach (var name in Checked)
                Assert.True(Same(live.GetProperty(name), mine[^1].Values[name]), $"{asin} {name}: parquet {mine[^1].Values[name]} vs live {live.GetProperty(name)}");
            Assert.Equal(asin == Plain ? OddCategory : "Kitchen", mine[^1].Category);
        }
        var gappyFirstAfterGap = rows.Single(r => r.Asin == Gappy && r.Period.ToUniversalTime() == Day(4));
        Assert.Equal(1, gappyFirstAfterGap.Values["Periods"] - rows.Single(r => r.Asin == Gappy && r.Period.ToUniversalTime() == Day(7)).Values["Periods"] - 2);

        // Forecasts: the red ASIN's current forecast, step by step, equal to its view.
        var forecastFiles = Directory.GetFiles(Path.Combine(dir, "forecasts"), "*.parquet", SearchOption.AllDirectories);
        Assert.NotEmpty(forecastFiles);
        var steps = new List<(int Step, double Mean, double Upper95, DateTime Period)>();
        foreach (var file in forecastFiles)
        {
            var p = await ParquetFile.ReadAsync(file);
            Assert.Equal("forecast-v1", p.Metadata["actorcluster.model_version"]);
            Assert.Equal("forecasts", p.Metadata["actorcluster.table"]);
            var asins = p.Text("Asin");
            for (int i = 0; i < p.Rows; i++)
                if (asins[i] == Red) steps.Add((p.Column<int>("Step")[i], p.Column<double>("Mean")[i], p.Column<double>("Upper95")[i], p.Column<DateTime>("Period")[i]));
        }
        var forecast = (await fixture.ViewAsync(Red)).GetProperty("analytics").GetProperty("forecast");
        var mean = forecast.GetProperty("mean").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.True(mean.Length > 0, "the red ASIN has no forecast");
        steps.Sort();
        Assert.Equal(Enumerable.Range(1, mean.Length), steps.Select(s => s.Step));
        Assert.Equal(mean, steps.Select(s => s.Mean));
        Assert.Equal(forecast.GetProperty("upper95")[0].GetDouble(), steps[0].Upper95);
        Assert.Equal(Day(1), steps[0].Period.ToUniversalTime());
    }

    [Fact]
    public async Task Since_keeps_the_later_periods_and_small_row_groups_split_each_month()
    {
        var since = Day(30);
        var (dir, manifest, _) = await ExportAsync("--since", since.ToString("yyyy-MM-dd"), "--row-group-rows", "7");
        long expected = fixture.Periods.Values.SelectMany(p => p).Count(p => p >= since);
        Assert.Equal(expected, manifest.GetProperty("FeatureRows").GetInt64());
        long rows = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(dir, "features"), "*.parquet", SearchOption.AllDirectories))
        {
            var p = await ParquetFile.ReadAsync(file);
            rows += p.Rows;
            Assert.Equal((int)Math.Ceiling(p.Rows / 7.0), p.RowGroups);
            Assert.All(p.Column<DateTime>("Period"), d => Assert.True(d.ToUniversalTime() >= since));
        }
        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task Bad_arguments_are_refused_before_anything_is_written()
    {
        var garbage = await fixture.RunAsync("export", "--out", Path.Combine(fixture.Dir, "g"), "--since", "garbage");
        Assert.Equal(2, garbage.ExitCode);
        Assert.Contains("--since 'garbage': expected a duration like 7d", garbage.StdErr);
        Assert.False(Directory.Exists(Path.Combine(fixture.Dir, "g")));

        var file = Path.Combine(fixture.Dir, "plain-file");
        await File.WriteAllTextAsync(file, "x");
        var unwritable = await fixture.RunAsync("export", "--out", Path.Combine(file, "sub"));
        Assert.Equal(2, unwritable.ExitCode);
        Assert.Contains("cannot write there", unwritable.StdErr);

        var format = await fixture.RunAsync("export", "--format", "csv", "--out", Path.Combine(fixture.Dir, "f"));
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("only parquet", format.StdErr);

        var list = Path.Combine(fixture.Dir, "asins.txt");
        await File.WriteAllLinesAsync(list, ["# mine", Red, "not an asin!"]);
        var badList = await fixture.RunAsync("export", "--out", Path.Combine(fixture.Dir, "l"), "--asins", list);
        Assert.Equal(2, badList.ExitCode);
        Assert.Contains("asins.txt:3:", badList.StdErr);

        var dir = Path.Combine(fixture.Dir, "twice");
        await File.WriteAllLinesAsync(list, [Red.ToLowerInvariant(), "U000000099"]);
        var first = await fixture.RunAsync("export", "--out", dir, "--asins", list);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("exported 1 of 2 ASINs", first.StdOut);
        Assert.Contains("1 ASINs hold no observation: U000000099", first.StdOut);
        var again = await fixture.RunAsync("export", "--out", dir, "--asins", list);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already holds an export", again.StdErr);
    }

    private static bool Same(JsonElement live, double exported) => live.ValueKind == JsonValueKind.String
        ? live.GetString() == "NaN" && double.IsNaN(exported)
        : live.GetDouble().Equals(exported);
}
