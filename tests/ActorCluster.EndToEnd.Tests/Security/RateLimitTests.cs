using System.Net;
using System.Text.Json;
using ActorCluster.EndToEnd.Tests.Processes;
using static ActorCluster.EndToEnd.Tests.Processes.SiloApi;

namespace ActorCluster.EndToEnd.Tests.Security;

/// <summary>
/// A silo whose ingest keys may send 5 requests and whose anonymous clients 3, per hour: an hour-long window cannot
/// roll over during a test, so exactly that many pass whatever the machine's speed.
/// </summary>
public sealed class RateLimitedSiloFixture : IAsyncLifetime
{
    public const int IngestPermits = 5;
    public const int AnonymousPermits = 3;
    private readonly KeyRing _ring = new();

    public RateLimitedSiloFixture()
    {
        FloodKey = _ring.Add("flooder", "ingest");
        SteadyKey = _ring.Add("steady", "ingest");
        ReadKey = _ring.Add("reader", "read");
    }

    public string FloodKey { get; }
    public string SteadyKey { get; }
    public string ReadKey { get; }
    public SiloProcess Silo { get; private set; } = null!;

    public async Task InitializeAsync() => Silo = await SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs:
    [
        .. _ring.Args,
        "--RateLimits:Ingest:PermitLimit", IngestPermits.ToString(), "--RateLimits:Ingest:Window", "01:00:00",
        "--RateLimits:Anonymous:PermitLimit", AnonymousPermits.ToString(), "--RateLimits:Anonymous:Window", "01:00:00",
    ]);

    public async Task DisposeAsync() => await Silo.DisposeAsync();
}

public sealed class RateLimitTests(RateLimitedSiloFixture fixture) : IClassFixture<RateLimitedSiloFixture>
{
    [Fact]
    public async Task A_flood_from_one_key_hits_429_with_Retry_After_while_another_key_still_works()
    {
        const string asin = "R000000001";
        using var flooder = Http(fixture.Silo, fixture.FloodKey);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? rejected = null;
        for (int i = 0; i < RateLimitedSiloFixture.IngestPermits + 3; i++)
        {
            var response = await flooder.PostAsync("api/observations", Body(asin, daysAgo: 10 + i));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) rejected ??= response;
        }
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, RateLimitedSiloFixture.IngestPermits), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)], statuses);

        Assert.NotNull(rejected);
        Assert.Equal("application/problem+json", rejected!.Content.Headers.ContentType?.MediaType);
        Assert.Contains("'flooder'", await rejected.Content.ReadAsStringAsync());
        var retryAfter = rejected.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter > TimeSpan.Zero && retryAfter <= TimeSpan.FromHours(1), $"Retry-After {retryAfter}");

        using var steady = Http(fixture.Silo, fixture.SteadyKey);
        Assert.Equal(HttpStatusCode.OK, (await steady.PostAsync("api/observations", Body(asin, daysAgo: 2))).StatusCode);

        // What was refused was not ingested: the five allowed periods and the steady key's one, nothing else.
        using var reader = Http(fixture.Silo, fixture.ReadKey);
        using var status = JsonDocument.Parse(await reader.GetStringAsync($"api/asins/{asin}"));
        Assert.Equal(RateLimitedSiloFixture.IngestPermits + 1, status.RootElement.GetProperty("status").GetProperty("counts").GetProperty("accepted").GetInt64());
    }

    [Fact]
    public async Task Requests_without_a_valid_key_are_limited_per_address_but_keys_and_health_are_not()
    {
        using var anonymous = Http(fixture.Silo);
        using var wrong = Http(fixture.Silo, "not-a-configured-key");
        for (int i = 0; i < RateLimitedSiloFixture.AnonymousPermits; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("api/asins/R000000002")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await anonymous.GetAsync("api/asins/R000000002")).StatusCode);
        // A wrong key is no key: it shares the address's window, so guessing keys is throttled too.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await wrong.GetAsync("api/asins/R000000002")).StatusCode);

        using var reader = Http(fixture.Silo, fixture.ReadKey);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("api/asins/R000000002")).StatusCode);
        for (int i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("health/ready")).StatusCode);
    }

    private static StringContent Body(string asin, int daysAgo) => new(
        JsonSerializer.Serialize(new { items = new[] { new { asin, period = Day(daysAgo), units = 5 } } }, Json),
        System.Text.Encoding.UTF8, "application/json");
}

/// <summary>A browser signed in to the board is limited as its key, not as its address.</summary>
public sealed class BoardSessionRateLimitTests
{
    private const int ReadPermits = 4;

    [Fact]
    public async Task A_signed_in_board_session_uses_its_keys_window_not_the_addresses()
    {
        var ring = new KeyRing();
        var readKey = ring.Add("board-reader", "read");
        await using var silo = await SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs:
        [
            .. ring.Args,
            "--RateLimits:Read:PermitLimit", ReadPermits.ToString(), "--RateLimits:Read:Window", "01:00:00",
            "--RateLimits:Anonymous:PermitLimit", "2", "--RateLimits:Anonymous:Window", "01:00:00",
        ]);

        // The login form is anonymous and takes one of the address's two permits.
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = silo.BaseAddress };
        var login = await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = readKey, ["returnUrl"] = "/" }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.NotEmpty(cookies.GetCookies(silo.BaseAddress));

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? rejected = null;
        for (int i = 0; i < ReadPermits + 2; i++)
        {
            var response = await browser.GetAsync("/api/board/changes");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) rejected ??= response;
        }
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, ReadPermits), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("'board-reader'", await rejected!.Content.ReadAsStringAsync());

        // The session did not use the address's window: its second permit is still there, so an anonymous call is
        // refused for want of a key (401), not throttled (429).
        using var anonymous = Http(silo);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("api/asins/R000000003")).StatusCode);
    }
}
