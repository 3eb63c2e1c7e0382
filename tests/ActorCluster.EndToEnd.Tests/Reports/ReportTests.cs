using System.Net;
using ActorCluster.EndToEnd.Tests.Browser;
using ActorCluster.EndToEnd.Tests.Export;
using static ActorCluster.EndToEnd.Tests.Export.LoadedSiloFixture;

namespace ActorCluster.EndToEnd.Tests.Reports;

/// <summary>The real console writes the HTML report of a real silo; headless Chromium opens and renders it.</summary>
[Collection(LoadedSiloCollection.Name)]
public sealed class ReportTests(LoadedSiloFixture fixture)
{
    private static readonly string[] Sections = ["top-movers", "alerts", "accuracy", "data-quality", "red"];

    private async Task<string> ReportAsync(string path)
    {
        // The directory learns of the red tier one-way: wait until the report lists the red ASIN.
        for (int attempt = 0; ; attempt++)
        {
            var r = await fixture.RunAsync("report", "--since", "7d", "--out", path);
            Assert.True(r.ExitCode == 0, r.ToString());
            var html = await File.ReadAllTextAsync(path);
            if (html.Contains($"data-asin=\"{Red}\"") || attempt == 10) return html;
            await Task.Delay(500);
        }
    }

    [Fact]
    public async Task The_report_has_every_section_data_driven_charts_the_red_asin_with_its_reason_and_escaped_text()
    {
        var path = Path.Combine(fixture.Dir, "report.html");
        var html = await ReportAsync(path);
        foreach (var id in Sections) Assert.Contains($"<section id=\"{id}\">", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", ""));

        var alerts = await fixture.AlertsAsync(Red);
        Assert.Equal("Red", alerts.GetProperty("open").GetProperty("tier").GetString());
        var reason = alerts.GetProperty("history").EnumerateArray().Last(n => n.GetProperty("kind").GetString() is "Firing" or "Escalated")
            .GetProperty("reason").GetString()!;
        Assert.Contains($"data-asin=\"{Red}\"", html);
        Assert.Contains($"<p class=\"reason\">{WebUtility.HtmlEncode(reason)}</p>", html);
        Assert.Contains("<svg class=\"spark\" data-chart=\"red-" + Red + "\"", html);
        Assert.Contains("data-chart=\"alerts-by-tier\"", html);
        Assert.Contains("<g data-label=\"Red\" data-value=\"", html);
        Assert.DoesNotContain("<g data-label=\"Red\" data-value=\"0\"", html);          // the red alert is counted
        Assert.Contains($"<g data-label=\"{Red}\"", html);                                 // the biggest mover is charted

        // The odd category is escaped, never markup; the gap of two days is counted as imputed.
        Assert.Contains(WebUtility.HtmlEncode(OddCategory), html);
        Assert.DoesNotContain("<Toys>", html);
        Assert.Contains("<tr><td>G000000003</td><td class=\"n\">2</td><td class=\"n\">2</td><td class=\"n\">0</td>", html);

        await using var session = await Chromium.LaunchAsync();
        var errors = new List<string>();
        var page = await session.NewPageAsync(errors);
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        foreach (var id in Sections) Assert.True(await page.IsVisibleAsync($"#{id} h2"), $"heading of {id} not visible");
        foreach (var chart in (string[])["alerts-by-tier", "alerts-by-type", "movers", $"red-{Red}"])
        {
            var box = await page.Locator($"svg[data-chart=\"{chart}\"]").BoundingBoxAsync();
            Assert.True(box is { Width: > 0, Height: > 0 }, $"chart {chart} has no size");
        }
        var bar = await page.Locator("svg[data-chart=\"alerts-by-tier\"] g[data-label=\"Red\"] rect").BoundingBoxAsync();
        Assert.True(bar is { Width: > 1 }, "the red bar is not drawn");
        Assert.Contains(Red, await page.Locator($".red-card[data-asin=\"{Red}\"] h3").InnerTextAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Bad_since_and_unwritable_out_are_clear_errors()
    {
        var garbage = await fixture.RunAsync("report", "--since", "last tuesday", "--out", Path.Combine(fixture.Dir, "r.html"));
        Assert.Equal(2, garbage.ExitCode);
        Assert.Contains("--since 'last tuesday': expected a duration like 7d", garbage.StdErr);

        var file = Path.Combine(fixture.Dir, "not-a-dir");
        await File.WriteAllTextAsync(file, "x");
        var unwritable = await fixture.RunAsync("report", "--out", Path.Combine(file, "report.html"));
        Assert.Equal(2, unwritable.ExitCode);
        Assert.Contains("cannot write there", unwritable.StdErr);

        var directory = await fixture.RunAsync("report", "--out", fixture.Dir);
        Assert.Equal(2, directory.ExitCode);
        Assert.Contains("is a directory", directory.StdErr);
    }
}
