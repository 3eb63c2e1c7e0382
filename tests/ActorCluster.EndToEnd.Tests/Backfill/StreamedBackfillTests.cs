namespace ActorCluster.EndToEnd.Tests.Backfill;

/// <summary>
/// A file that holds each ASIN's rows together is sent while it is read; the grains end exactly as after the two-phase
/// path the same rows take when scattered (counts, window, latest values).
/// </summary>
[Collection(BackfillCluster.Name)]
public sealed class StreamedBackfillTests(SiloFixture fixture)
{
    private const int Asins = 60, Days = 50;

    private string WriteFile(string name, string prefix, bool scatter)
    {
        var rng = new Random(5);
        var lines = new List<string>();
        for (int a = 0; a < Asins; a++)
        {
            // Inside an ASIN the periods are out of order: the run is sorted before it is sent.
            foreach (int d in Enumerable.Range(0, Days).OrderBy(_ => rng.Next()))
                lines.Add($"{prefix}{a:D8},{new DateTime(2025, 1, 1).AddDays(d):yyyy-MM-dd},{(a * 7 + d) % 90},{10 + d % 7},USD,{1000 + d},Toys");
        }
        var path = Path.Combine(fixture.Dir, name);
        File.WriteAllLines(path, (scatter ? lines.OrderBy(_ => rng.Next()) : lines.AsEnumerable()).Prepend("asin,period,units,price,currency,rank,category"));
        return path;
    }

    [Fact]
    public async Task A_file_grouped_by_asin_is_streamed_and_ends_in_the_state_of_the_same_rows_scattered()
    {
        var grouped = await BackfillCluster.Backfill(fixture, WriteFile("grouped.csv", "SG", scatter: false), "--batch-size", "9", "--max-buffered-rows", "1000");
        Assert.True(grouped.ExitCode == 0, grouped.ToString());
        Assert.Contains("sent while reading", grouped.StdErr);
        var scattered = await BackfillCluster.Backfill(fixture, WriteFile("scattered.csv", "SS", scatter: true), "--batch-size", "9", "--max-buffered-rows", "1000");
        Assert.True(scattered.ExitCode == 0, scattered.ToString());
        Assert.DoesNotContain("sent while reading", scattered.StdErr);

        var ids = Enumerable.Range(0, Asins).Select(a => $"{a:D8}").ToList();
        var g = await BackfillCluster.StatusAsync(fixture, ids.Select(i => "SG" + i));
        var s = await BackfillCluster.StatusAsync(fixture, ids.Select(i => "SS" + i));
        foreach (var id in ids)
        {
            var (a, b) = (g["SG" + id], s["SS" + id]);
            Assert.Equal((Days, 0L), (a.Counts.Accepted, a.Counts.Late));
            Assert.Equal(a.Counts, b.Counts);
            Assert.Equal((a.WindowCount, a.WindowStart, a.WindowEnd, a.Category, a.Currency), (b.WindowCount, b.WindowStart, b.WindowEnd, b.Category, b.Currency));
            Assert.Equal(a.Latest, b.Latest);
        }
    }
}
