using System.Net;
using System.Text;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests.Security;

/// <summary>
/// Every protected endpoint, table-driven: without credentials 401, with a key nobody configured 401, with a valid
/// key lacking the role 403 (problem details), with the right role neither. The hub is in the table by its negotiate
/// request; <see cref="HubAccessTests"/> opens real connections.
/// </summary>
[Collection(SecuredSiloCollection.Name)]
public sealed class EndpointAccessTests(SecuredSiloFixture fixture)
{
    private const string Asin = "S000000001";

    /// <summary>Method, path, JSON body (or null), the role it needs, and the keys that lack it.</summary>
    public static TheoryData<string, string, string?, string, string[]> Endpoints => new()
    {
        { "POST", "api/observations", $$"""{"items":[{"asin":"{{Asin}}","period":"2026-01-01","units":1}]}""", "ingest", ["read"] },
        { "GET", $"api/asins/{Asin}", null, "read", ["ingest"] },
        { "GET", $"api/asins/{Asin}/window", null, "read", ["ingest"] },
        { "GET", $"api/asins/{Asin}/alerts", null, "read", ["ingest"] },
        { "POST", $"api/asins/{Asin}/whatif", "{}", "read", ["ingest"] },
        { "POST", $"api/asins/{Asin}/alerts/{Asin}-1/ack", "{}", "admin", ["read", "ingest"] },
        { "POST", $"api/asins/{Asin}/snooze", """{"scope":"Asin","until":"2099-01-01T00:00:00Z"}""", "admin", ["read", "ingest"] },
        { "POST", "api/categories/Kitchen/snooze", """{"until":"2099-01-01T00:00:00Z"}""", "admin", ["read", "ingest"] },
        { "PUT", $"api/asins/{Asin}/alert-rules", "{}", "admin", ["read", "ingest"] },
        { "DELETE", $"api/asins/{Asin}/alert-rules", null, "admin", ["read", "ingest"] },
        { "GET", "metrics", null, "read", ["ingest"] },
        { "POST", "hubs/alerts/negotiate?negotiateVersion=1", null, "read", ["ingest"] },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Without_a_key_with_a_wrong_key_and_with_the_wrong_role_the_endpoint_refuses(
        string method, string path, string? body, string role, string[] lacking)
    {
        using var http = fixture.Http();

        var anonymous = await SendAsync(http, method, path, body, null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);

        var wrong = await SendAsync(http, method, path, body, "not-a-configured-key-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("unknown API key", await wrong.Content.ReadAsStringAsync());

        foreach (var other in lacking)
        {
            var forbidden = await SendAsync(http, method, path, body, fixture.KeyFor(other));
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
            Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);
        }

        var allowed = await SendAsync(http, method, path, body, fixture.KeyFor(role));
        Assert.NotEqual(HttpStatusCode.Unauthorized, allowed.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, allowed.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        Assert.True((int)allowed.StatusCode < 500, $"{method} {path}: {(int)allowed.StatusCode} {await allowed.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task The_scrape_key_reads_the_metrics_and_nothing_else()
    {
        using var http = fixture.Http();
        var metrics = await SendAsync(http, "GET", "metrics", null, fixture.ScrapeKey);
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Contains("# TYPE", await metrics.Content.ReadAsStringAsync());

        // As a bearer token too, which is how Prometheus sends it.
        using var bearer = new HttpRequestMessage(HttpMethod.Get, "metrics");
        bearer.Headers.Authorization = new("Bearer", fixture.ScrapeKey);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(bearer)).StatusCode);

        foreach (var (method, path, body, _, _) in Endpoints.Select(e => ((string)e[0], (string)e[1], (string?)e[2], (string)e[3], (string[])e[4])))
        {
            if (path == "metrics") continue;
            var response = await SendAsync(http, method, path, body, fixture.ScrapeKey);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} with the scrape key: {(int)response.StatusCode}");
        }
    }

    internal static Task<HttpResponseMessage> SendAsync(HttpClient http, string method, string path, string? body, string? key)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return http.SendAsync(request);
    }
}
