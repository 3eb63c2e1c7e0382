using ActorCluster.EndToEnd.Tests.Export;
using static ActorCluster.EndToEnd.Tests.Export.LoadedSiloFixture;

namespace ActorCluster.EndToEnd.Tests.Reports;

/// <summary>The silo's scheduled report (configured every 3 s, keep 5 by the fixture) writes the same report into its data directory.</summary>
[Collection(LoadedSiloCollection.Name)]
public sealed class ScheduledReportTests(LoadedSiloFixture fixture)
{
    [Fact]
    public async Task The_silo_writes_reports_into_its_data_directory_with_the_red_asin_and_keeps_only_the_newest()
    {
        var dir = Path.Combine(fixture.Dir, "reports");
        string? found = null;
        // Polls for the outcome (a report that lists the red ASIN), bounded; no assertion on how long it took.
        for (int attempt = 0; attempt < 120 && found is null; attempt++)
        {
            foreach (var file in Directory.Exists(dir) ? Directory.GetFiles(dir, "report-*.html") : [])
            {
                string html;
                try { html = await File.ReadAllTextAsync(file); } catch (IOException) { continue; }   // pruned meanwhile
                if (html.Contains($"data-asin=\"{Red}\"")) { found = html; break; }
            }
            if (found is null) await Task.Delay(500);
        }
        Assert.True(found is not null, "no scheduled report listed the red ASIN:\n" + fixture.Silo.Log[^Math.Min(3000, fixture.Silo.Log.Length)..]);
        foreach (var id in (string[])["top-movers", "alerts", "accuracy", "data-quality", "red"])
            Assert.Contains($"<section id=\"{id}\">", found);
        Assert.Contains("Scheduled report: into " + dir, fixture.Silo.Log);
        Assert.InRange(Directory.GetFiles(dir, "report-*.html").Length, 1, 5);
    }
}
