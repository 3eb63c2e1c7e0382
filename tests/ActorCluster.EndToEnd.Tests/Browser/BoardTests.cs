using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using ActorCluster.EndToEnd.Tests.Processes;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static ActorCluster.EndToEnd.Tests.Processes.SiloApi;

namespace ActorCluster.EndToEnd.Tests.Browser;

/// <summary>The live board in headless Chromium against a real silo: loading, live alerts, drill-down, errors.</summary>
[Collection(BoardCollection.Name)]
public sealed class BoardTests(BoardSiloFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task The_board_loads_without_console_errors_and_drills_down_from_category_to_asin()
    {
        using var http = fixture.Http();
        var category = "Garden" + Guid.NewGuid().ToString("N")[..6];
        var asins = new[] { BoardData.NewAsin(), BoardData.NewAsin() };
        foreach (var a in asins) await BoardData.SeedAsync(http, a, category, days: 40);

        var errors = new List<string>();
        var page = await fixture.PageAsync(errors);
        await BoardPage.OpenBoardAsync(page, fixture.Url("/"));
        await page.WaitForFunctionAsync($"() => window.actorBoard.directory.lines.has('{asins[1]}')", null, BoardPage.Quick);

        // Counts per tier are shown; the category list drills down to the category's ASINs.
        Assert.Matches(@"^\d+$", await page.Locator("[data-count=All]").TextContentAsync());
        await page.Locator($".cats a[data-category='{category}']").ClickAsync();
        await page.WaitForSelectorAsync($".row[data-asin='{asins[0]}']");
        Assert.Contains(category, await page.Locator(".crumbs").TextContentAsync());
        var shown = await page.Locator(".row:not([hidden])").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.asin)");
        Assert.Equal(asins.OrderBy(a => a, StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        Assert.Contains($"category={category}", page.Url);

        // Sparkline, latest price and rank are drawn in the row.
        var row = page.Locator($".row[data-asin='{asins[0]}']");
        Assert.Equal(1, await row.Locator("svg.spark path").CountAsync());
        Assert.Matches(@"^\d+\.\d\d$", (await row.Locator(".c-price").TextContentAsync())!.Trim());
        Assert.Matches(@"^[\d,]+$", (await row.Locator(".c-rank").TextContentAsync())!.Trim());

        // … and the ASIN link opens its page.
        await row.GetByRole(AriaRole.Link, new() { Name = asins[0] }).ClickAsync();
        await page.WaitForURLAsync($"**/asin/{asins[0]}");
        await page.WaitForFunctionAsync("() => window.actorBoard.loaded === true", null, BoardPage.Quick);
        Assert.Equal(asins[0], await page.Locator("h1").TextContentAsync());
        Assert.Equal("Orleans dashboard", await page.Locator("a[href='/dashboard']").TextContentAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_anomaly_ingested_through_the_api_appears_on_the_board_and_in_the_feed_within_two_seconds()
    {
        using var http = fixture.Http();
        var asin = BoardData.NewAsin();
        await BoardData.SeedAsync(http, asin, "Kitchen");

        var errors = new List<string>();
        var page = await fixture.PageAsync(errors);
        await BoardPage.OpenBoardAsync(page, fixture.Url("/"));
        await BoardPage.WaitLiveAsync(page);
        await BoardPage.ShowAsinAsync(page, asin);
        Assert.Equal("None", await page.Locator($".row[data-asin='{asin}']").GetAttributeAsync("data-tier"));
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");

        var sent = Stopwatch.StartNew();
        await PostAsync(http, BoardData.Surge(asin, "Kitchen"));
        var ingested = sent.Elapsed;
        var onBoard = page.WaitForFunctionAsync(
            $"() => ['Yellow','Orange','Red'].includes(document.querySelector(\".row[data-asin='{asin}']\")?.dataset.tier)", null, BoardPage.Quick);
        var inFeed = page.WaitForSelectorAsync($".feed-item[data-asin='{asin}'][data-kind='Firing']", new() { Timeout = 20_000 });
        await Task.WhenAll(onBoard, inFeed);
        var shown = sent.Elapsed;

        output.WriteLine($"ingest acknowledged after {ingested.TotalMilliseconds:F0} ms; on the board and in the feed {(shown - ingested).TotalMilliseconds:F0} ms later");
        Assert.True(shown - ingested <= TimeSpan.FromSeconds(2), $"the alert took {(shown - ingested).TotalMilliseconds:F0} ms after the ingest was acknowledged");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the page reloaded");
        Assert.Contains("new", await page.Locator($".feed-item[data-asin='{asin}']").First.GetAttributeAsync("class"));
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator($".row[data-asin='{asin}'] .c-reason").TextContentAsync()));

        // The feed's filters: another tier hides it, the text filter finds it.
        await page.GetByLabel("Feed: filter by tier").SelectOptionAsync("None");
        Assert.Equal(0, await page.Locator($".feed-item[data-asin='{asin}']").CountAsync());
        await page.GetByLabel("Feed: filter by tier").SelectOptionAsync("");
        await page.GetByLabel("Feed: filter by text").FillAsync(asin);
        Assert.True(await page.Locator($".feed-item[data-asin='{asin}']").CountAsync() >= 1);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_asin_page_draws_history_forecast_bands_and_thresholds_and_acknowledges_in_the_grain()
    {
        using var http = fixture.Http();
        var asin = BoardData.NewAsin();
        await BoardData.SeedAsync(http, asin, "Toys");
        await PostAsync(http, BoardData.Surge(asin, "Toys"));
        var detail = await BoardData.DetailAsync(http, asin);
        var forecast = detail.GetProperty("analytics").GetProperty("forecast");
        var units = detail.GetProperty("analytics").GetProperty("thresholds").EnumerateArray().Single(t => t.GetProperty("metric").GetString() == "Units");
        Assert.True(units.GetProperty("warm").GetBoolean(), "the units threshold should be warm after 150 days");

        var errors = new List<string>();
        var page = await fixture.PageAsync(errors, 1400, 1400);
        await page.GotoAsync(fixture.Url($"/asin/{asin}"));
        await page.WaitForFunctionAsync("() => window.actorBoard.loaded === true", null, BoardPage.Quick);

        // The chart's own option: history, forecast and both bands, thresholds as mark lines with the API's levels.
        var chart = await page.EvaluateAsync<JsonElement>("""
            () => {
              const o = window.actorBoard.page.units.getOption();
              return {
                series: o.series.map(s => ({ name: s.name, n: s.data.length, min: Math.min(0, ...s.data.map(d => Array.isArray(d) ? d[1] : d.value[1]).filter(Number.isFinite)),
                  negative: s.data.filter(d => Array.isArray(d) && d[1] < 0).length })),
                marks: (o.series[0].markLine?.data ?? []).map(d => ({ name: d.name, y: d.yAxis })),
                buffer: (o.series[0].markArea?.data ?? []).length,
              };
            }
            """);
        var series = chart.GetProperty("series").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s);
        Assert.Equal(detail.GetProperty("status").GetProperty("windowCount").GetInt32(), series["Units"].GetProperty("n").GetInt32());
        int horizon = forecast.GetProperty("mean").GetArrayLength();
        Assert.True(horizon > 0, "the API has a forecast");
        foreach (var name in new[] { "Forecast", "80% band", "95% band", "80% band lower", "95% band lower" })
            Assert.Equal(horizon, series[name].GetProperty("n").GetInt32());
        Assert.Equal(0, series["80% band"].GetProperty("negative").GetInt32() + series["95% band"].GetProperty("negative").GetInt32());
        Assert.True(series["Promotion"].GetProperty("n").GetInt32() >= 3);
        Assert.True(series["Alerts"].GetProperty("n").GetInt32() >= 1);
        var marks = chart.GetProperty("marks").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("y").GetDouble());
        Assert.Equal(units.GetProperty("nextUpperLevel").GetDouble(), marks["Upper trigger"], 6);
        Assert.Equal(units.GetProperty("nextLowerLevel").GetDouble(), marks["Lower trigger"], 6);
        Assert.Equal(2, chart.GetProperty("buffer").GetInt32());
        Assert.True(await page.Locator("[data-chart=units] canvas").CountAsync() >= 1);

        // The alert timeline lists the firing with its signals.
        var firing = page.Locator(".timeline li.tl[data-kind=Firing]").First;
        Assert.True(await firing.Locator(".signals li").CountAsync() >= 1);

        // Zoom to the last 30 periods.
        await page.GetByRole(AriaRole.Button, new() { Name = "30 periods" }).ClickAsync();
        Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "30 periods" }).GetAttributeAsync("aria-pressed"));
        var zoomStart = await page.EvaluateAsync<double>("() => window.actorBoard.page.units.getOption().dataZoom[0].start");
        Assert.True(zoomStart > 50, $"zoomed to the last 30 of ~165 periods, the window starts at {zoomStart}%");

        // Acknowledge from the page: the grain's open alert is acknowledged (read back through the API).
        var ack = page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Acknowledge alert " + asin) });
        await ack.ClickAsync();
        await page.WaitForFunctionAsync("() => /acknowledged/i.test(document.querySelector('.action-status').textContent)", null, BoardPage.Quick);
        var alerts = await AlertsAsync(http, asin);
        Assert.NotNull(alerts.Open);
        Assert.False(string.IsNullOrEmpty(alerts.Open!.AcknowledgedBy));
        Assert.Equal("acknowledged on the board", alerts.Open.AcknowledgeNote);
        Assert.True(await ack.IsDisabledAsync());

        // Snooze from the page.
        await page.GetByLabel("Snooze duration").SelectOptionAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Snooze ASIN" }).ClickAsync();
        await page.WaitForFunctionAsync("() => /Snoozed until/.test(document.querySelector('.action-status').textContent)", null, BoardPage.Quick);
        Assert.Contains((await AlertsAsync(http, asin)).Snoozes, s => s.Scope == "Asin" && s.Until > DateTime.UtcNow.AddMinutes(50));

        // What-if: P10/P50/P90 of the plan.
        await page.GetByLabel("Promotion periods").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Project" }).ClickAsync();
        await page.WaitForSelectorAsync(".wi-result:not([hidden]) tbody tr");
        var cells = await page.Locator(".wi-result tbody tr").First.Locator("td").AllTextContentsAsync();
        Assert.Equal(3, cells.Count);
        Assert.All(cells, c => Assert.Matches(@"^[\d,]+$", c));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Bad_input_api_errors_and_a_hub_that_is_down_are_explained_and_the_page_keeps_working()
    {
        var errors = new List<string>();
        var page = await fixture.PageAsync(errors);

        // Not an ASIN, and an ASIN nobody has seen: the page says which, and links back.
        await page.GotoAsync(fixture.Url("/asin/not-an-asin!"));
        await page.WaitForSelectorAsync(".page-error:not([hidden])");
        Assert.Contains("is not an ASIN", await page.Locator(".page-error").TextContentAsync());
        await page.GotoAsync(fixture.Url("/asin/Z999999999"));
        await page.WaitForSelectorAsync(".page-error:not([hidden])");
        Assert.Contains("Nothing is known about Z999999999", await page.Locator(".page-error").TextContentAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the board" }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.actorBoard?.directory?.loaded === true", null, BoardPage.Quick);

        // The board's poll fails with a problem: the page says so, keeps what it has, and recovers.
        await page.RouteAsync("**/api/board/changes**", r => r.FulfillAsync(new RouteFulfillOptions
        {
            Status = 503, ContentType = "application/problem+json",
            Body = """{"title":"Service Unavailable","status":503,"detail":"directory partition 3 did not answer"}""",
        }));
        await page.WaitForSelectorAsync("#notice:not([hidden])", new() { Timeout = 15_000 });
        Assert.Contains("directory partition 3 did not answer", await page.Locator("#notice").TextContentAsync());
        await page.UnrouteAsync("**/api/board/changes**");
        await page.WaitForSelectorAsync("#notice", new() { State = WaitForSelectorState.Hidden, Timeout = 15_000 });

        // The hub cannot be reached: the page says live alerts are down, the board still fills, and the hub comes back.
        var hubless = await fixture.PageAsync(errors);
        await hubless.RouteAsync("**/hubs/alerts/**", r => r.AbortAsync());
        await BoardPage.OpenBoardAsync(hubless, fixture.Url("/"));
        await hubless.WaitForFunctionAsync("() => document.getElementById('live').dataset.state === 'down'", null, BoardPage.Quick);
        Assert.Contains("Live alerts are unavailable", await hubless.Locator("#notice").TextContentAsync());
        await hubless.UnrouteAsync("**/hubs/alerts/**");
        await BoardPage.WaitLiveAsync(hubless);

        // Failed requests log console errors by design; nothing may throw.
        Assert.DoesNotContain(errors, e => e.StartsWith("page error", StringComparison.Ordinal));
    }
}
