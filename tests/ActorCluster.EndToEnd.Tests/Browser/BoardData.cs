using System.Text.Json;
using ActorCluster.EndToEnd.Tests.Processes;
using static ActorCluster.EndToEnd.Tests.Processes.SiloApi;

namespace ActorCluster.EndToEnd.Tests.Browser;

/// <summary>Observations for the board tests: steady daily history, then a surge that fires (with FireAfter 1).</summary>
public static class BoardData
{
    public static string NewAsin() => AlertPushTests.NewAsin('W');

    /// <summary><paramref name="days"/> days of steady units, price and rank ending yesterday-but-one, with a few promotions.</summary>
    public static object[] History(string asin, string category, int days = 150, int seed = 5)
    {
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, days - 1).Select(i => (object)new
        {
            asin, period = Day(days - i), units = 20 + rng.Next(-3, 4), price = 10.0 + (i % 30 < 4 ? 0.5 : 0), rank = 1000 + rng.Next(-40, 41),
            category, promo = i % 45 == 0,
        })];
    }

    /// <summary>Yesterday's surge with a price cut: fires on the next period judged.</summary>
    public static object Surge(string asin, string category) => new { asin, period = Day(1), units = 400, price = 5.0, rank = 150, category };

    public static async Task SeedAsync(HttpClient http, string asin, string category, int days = 150) =>
        await PostAsync(http, History(asin, category, days));

    public static async Task<JsonElement> DetailAsync(HttpClient http, string asin) =>
        JsonDocument.Parse(await http.GetStringAsync($"api/asins/{asin}")).RootElement.Clone();
}
