using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ActorCluster.EndToEnd.Tests.Processes;
using static ActorCluster.EndToEnd.Tests.Processes.SiloApi;

namespace ActorCluster.EndToEnd.Tests;

/// <summary>What-if projections on a real silo: over HTTP, and through the real console.</summary>
public sealed class WhatIfApiTests
{
    /// <summary>120 days with a price that moves every 9 days (elasticity −1.5) and a promotion every 12th day.</summary>
    private static object[] PricedHistory(string asin)
    {
        var rng = new Random(9);
        double price = 20;
        return [.. Enumerable.Range(0, 120).Select(i =>
        {
            if (i % 9 == 0) price = Math.Round(20 * Math.Exp((rng.NextDouble() - 0.5) * 0.5), 2);
            bool promo = i % 12 == 5;
            double units = Math.Round(60 * (promo ? 1.8 : 1) * Math.Pow(price / 20, -1.5) * Math.Exp(0.1 * (rng.NextDouble() - 0.5)));
            return (object)new { asin, period = Day(119 - i), units, price, promo, category = "Kitchen" };
        })];
    }

    [Fact]
    public async Task A_plan_returns_quantiles_a_bad_plan_400_and_an_unknown_asin_404_over_http_and_the_console()
    {
        await using var silo = await SiloProcess.StartAsync(RepoPaths.NewTempDir());
        using var http = Http(silo);
        var asin = AlertPushTests.NewAsin('Q');
        var young = AlertPushTests.NewAsin('Q');
        await PostAsync(http, [.. PricedHistory(asin), .. Steady(young, 9, 0)]);

        var ok = await http.PostAsJsonAsync($"api/asins/{asin}/whatif", new { priceChange = -0.1, promotionDays = 3, horizon = 14 });
        var text = await ok.Content.ReadAsStringAsync();
        Assert.True(ok.StatusCode == HttpStatusCode.OK, text);
        var view = JsonSerializer.Deserialize<WhatIfView>(text, Json)!;
        Assert.Equal(14, view.Periods.Count);
        Assert.All(view.Periods, p => Assert.True(p.UnitsP10 <= p.UnitsP50 && p.UnitsP50 <= p.UnitsP90, $"{p}"));
        Assert.Equal([true, true, true, false], view.Periods.Take(4).Select(p => p.Promotion));
        Assert.True(view.Totals.RevenueP10 <= view.Totals.RevenueP50 && view.Totals.RevenueP50 <= view.Totals.RevenueP90);
        Assert.True(view.Totals.UnitsP50 > view.Baseline.UnitsP50);
        Assert.True(view.Elasticity.Estimated, view.Elasticity.Note);
        Assert.NotNull(view.Model);

        var bad = await http.PostAsJsonAsync($"api/asins/{asin}/whatif", new { priceChange = -5, horizon = 0, paths = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using (var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()))
        {
            var errors = problem.RootElement.GetProperty("errors");
            Assert.True(errors.TryGetProperty("priceChange", out _) && errors.TryGetProperty("horizon", out _) && errors.TryGetProperty("paths", out _), errors.ToString());
            Assert.Contains("PriceChange must be between -0.9", problem.RootElement.GetProperty("detail").GetString());
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsJsonAsync("api/asins/not-an-asin/whatif", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsJsonAsync("api/asins/Z999999998/whatif", new { })).StatusCode);
        var tooYoung = await http.PostAsJsonAsync($"api/asins/{young}/whatif", new { });
        Assert.Equal(HttpStatusCode.Conflict, tooYoung.StatusCode);
        Assert.Contains("need at least", await tooYoung.Content.ReadAsStringAsync());

        var url = silo.BaseAddress.ToString();
        var console = await ClientProcess.RunAsync("whatif", asin, "--price", "-10%", "--promo", "3", "--horizon", "14", "--url", url);
        Assert.True(console.ExitCode == 0, console.ToString());
        Assert.Contains("totals over the horizon", console.StdOut);
        Assert.Contains("no change", console.StdOut);
        Assert.Contains("elasticity", console.StdOut);
        Assert.Contains("(estimated)", console.StdOut);
        var json = await ClientProcess.RunAsync("whatif", asin, "--price", "-0.1", "--promo", "3", "--horizon", "14", "--json", "--url", url);
        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.Equal(view.Totals, JsonSerializer.Deserialize<WhatIfView>(json.StdOut, Json)!.Totals);   // same plan and seed
        var missing = await ClientProcess.RunAsync("whatif", "Z999999998", "--url", url);
        Assert.True(missing.ExitCode == 2 && missing.StdErr.Contains("404"), missing.ToString());
    }
}
