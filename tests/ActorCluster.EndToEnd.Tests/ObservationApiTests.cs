using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests;

/// <summary>The silo's HTTP API on a real silo process, over real HTTP.</summary>
public sealed class ObservationApiTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private HttpClient Http() => new() { BaseAddress = fixture.Silo.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    private static string Day(int daysAgo) => DateTime.UtcNow.Date.AddDays(-daysAgo).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_batch_applies_its_good_items_explains_each_bad_one_and_can_be_read_back()
    {
        using var http = Http();
        var items = new object[]
        {
            new { asin = "H000000001", period = Day(2), units = 5, price = 9.99, category = "Toys" },
            new { asin = "h000000001 ", period = Day(1), units = 7, price = 9.99 },
            new { asin = "BAD", period = Day(1), units = 1 },
            new { asin = "H000000002", units = 1 },
            new { asin = "H000000002", period = Day(1), units = -4 },
            new { asin = "H000000002", period = Day(0), units = 4, price = 3.5 },
        };
        var response = await http.PostAsJsonAsync("api/observations", new { items });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal(3, root.GetProperty("accepted").GetInt32());
        Assert.Equal(3, root.GetProperty("rejected").GetInt32());
        var results = root.GetProperty("results").EnumerateArray().ToList();
        Assert.Contains("3 characters", results[2].GetProperty("reason").GetString());
        Assert.Equal("period is missing", results[3].GetProperty("reason").GetString());
        Assert.Contains("units -4 must not be negative", results[4].GetProperty("reason").GetString());

        var read = await http.GetAsync("api/asins/h000000001");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var asin = JsonDocument.Parse(await read.Content.ReadAsStringAsync());
        Assert.Equal(2, asin.RootElement.GetProperty("status").GetProperty("counts").GetProperty("accepted").GetInt64());
        Assert.Equal(3, asin.RootElement.GetProperty("analytics").GetProperty("thresholds").GetArrayLength());
        var window = await http.GetFromJsonAsync<JsonElement>("api/asins/H000000001/window");
        Assert.Equal(2, window.GetArrayLength());
    }

    [Fact]
    public async Task Bad_requests_get_clear_4xx_answers()
    {
        using var http = Http();
        var badAsin = await http.GetAsync("api/asins/not-an-asin");
        Assert.Equal(HttpStatusCode.BadRequest, badAsin.StatusCode);
        Assert.Contains("characters", await badAsin.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("api/asins/Z999999999")).StatusCode);

        var empty = await http.PostAsJsonAsync("api/observations", new { items = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("no items", await empty.Content.ReadAsStringAsync());

        var malformed = await http.PostAsync("api/observations", new StringContent("{\"items\": [ {\"asin\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        var tooMany = await http.PostAsync("api/observations", new StringContent(Items(15_000), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("at most 10000 are accepted", await tooMany.Content.ReadAsStringAsync());

        // Expect: 100-continue lets the server refuse on the declared length before the body is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/observations")
        {
            Content = new StringContent(Items(90_000), Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;
        var oversize = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversize.StatusCode);

        // The silo keeps working after all of that.
        var ok = await http.PostAsJsonAsync("api/observations", new { items = new[] { new { asin = "H000000003", period = Day(0), units = 1 } } });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    private static string Items(int count)
    {
        var json = new StringBuilder("{\"items\":[");
        for (int i = 0; i < count; i++) json.Append("{\"asin\":\"H000000009\",\"period\":\"2026-01-01\",\"units\":1},");
        return json.Append("{}]}").ToString();
    }
}
