using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests;

/// <summary>One silo with four API keys: ingest only, read only (plain string), ingest+read (comma-separated) and admin.</summary>
public sealed class AuthSiloFixture : IAsyncLifetime
{
    public string IngestKey { get; } = NewKey("ingest");
    public string ReadKey { get; } = NewKey("read");
    public string FeedKey { get; } = NewKey("feed");
    public string AdminKey { get; } = NewKey("admin");
    public SiloProcess Silo { get; private set; } = null!;

    /// <summary>Every key and its hash, for checking that neither reaches the log.</summary>
    public IEnumerable<string> Secrets => new[] { IngestKey, ReadKey, FeedKey, AdminKey }.SelectMany(k => new[] { k, Sha256(k) });

    public async Task InitializeAsync() => Silo = await SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs:
    [
        "--Auth:Keys:0:Name", "ingester", "--Auth:Keys:0:Sha256", Sha256(IngestKey), "--Auth:Keys:0:Roles:0", "ingest",
        "--Auth:Keys:1:Name", "reader", "--Auth:Keys:1:Sha256", Sha256(ReadKey), "--Auth:Keys:1:Roles", "read",
        "--Auth:Keys:2:Name", "feeder", "--Auth:Keys:2:Sha256", Sha256(FeedKey), "--Auth:Keys:2:Roles", "ingest, read",
        "--Auth:Keys:3:Name", "operator", "--Auth:Keys:3:Sha256", Sha256(AdminKey), "--Auth:Keys:3:Roles:0", "admin",
    ]);

    public async Task DisposeAsync() => await Silo.DisposeAsync();

    /// <summary>What goes in <c>Auth:Keys:{i}:Sha256</c> (the silo's <c>AuthExtensions.HashKey</c>).</summary>
    public static string Sha256(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string NewKey(string role) => $"{role}-{Guid.NewGuid():N}";
}

/// <summary>API keys and roles on the HTTP API and the alert hub of a real silo process.</summary>
public sealed class AuthTests(AuthSiloFixture fixture) : IClassFixture<AuthSiloFixture>
{
    private HttpClient Http(string? apiKey = null)
    {
        var http = new HttpClient { BaseAddress = fixture.Silo.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null) http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return http;
    }

    private static object Batch(string asin) =>
        new { items = new[] { new { asin, period = DateTime.UtcNow.Date.AddDays(-1).ToString("yyyy-MM-dd"), units = 3 } } };

    [Fact]
    public async Task Without_a_key_the_api_answers_401_with_a_body_that_says_how_to_send_one()
    {
        using var http = Http();
        foreach (var response in new[] { await http.GetAsync("api/asins/K000000001"), await http.PostAsJsonAsync("api/observations", Batch("K000000001")) })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.NotEmpty(response.Headers.WwwAuthenticate);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("X-Api-Key", body);
            Assert.Contains("Authorization: Bearer", body);
        }
    }

    [Fact]
    public async Task An_unknown_key_is_401_in_either_header()
    {
        using var wrong = Http("not-a-configured-key");
        var viaHeader = await wrong.GetAsync("api/asins/K000000001");
        Assert.Equal(HttpStatusCode.Unauthorized, viaHeader.StatusCode);
        Assert.Contains("unknown API key", await viaHeader.Content.ReadAsStringAsync());

        using var http = Http();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.ReadKey + "x");
        var viaBearer = await http.GetAsync("api/asins/K000000001");
        Assert.Equal(HttpStatusCode.Unauthorized, viaBearer.StatusCode);
        Assert.Contains("unknown API key", await viaBearer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_read_key_cannot_ingest_the_403_names_the_role_and_nothing_is_ingested()
    {
        using var reader = Http(fixture.ReadKey);
        var post = await reader.PostAsJsonAsync("api/observations", Batch("K000000002"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal("application/problem+json", post.Content.Headers.ContentType?.MediaType);
        Assert.Contains("'ingest' role", await post.Content.ReadAsStringAsync());

        using var admin = Http(fixture.AdminKey);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("api/asins/K000000002")).StatusCode);
    }

    [Fact]
    public async Task Each_key_does_what_its_roles_allow_through_every_way_of_sending_it()
    {
        using var ingester = Http(fixture.IngestKey);
        Assert.Equal(HttpStatusCode.OK, (await ingester.PostAsJsonAsync("api/observations", Batch("K000000003"))).StatusCode);
        var ingesterReads = await ingester.GetAsync("api/asins/K000000003");
        Assert.Equal(HttpStatusCode.Forbidden, ingesterReads.StatusCode);
        Assert.Contains("'read' role", await ingesterReads.Content.ReadAsStringAsync());

        using var bearer = Http();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.ReadKey);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("api/asins/K000000003")).StatusCode);

        using var apiKeyScheme = Http();
        apiKeyScheme.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", fixture.ReadKey);
        Assert.Equal(HttpStatusCode.OK, (await apiKeyScheme.GetAsync("api/asins/K000000003/window")).StatusCode);

        using var feeder = Http(fixture.FeedKey);
        Assert.Equal(HttpStatusCode.OK, (await feeder.PostAsJsonAsync("api/observations", Batch("K000000004"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await feeder.GetAsync("api/asins/K000000004")).StatusCode);

        using var admin = Http(fixture.AdminKey);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("api/observations", Batch("K000000005"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("api/asins/K000000005")).StatusCode);

        // The query parameter is for SignalR only; on the API it is ignored.
        using var query = Http();
        Assert.Equal(HttpStatusCode.Unauthorized, (await query.GetAsync($"api/asins/K000000003?access_token={fixture.ReadKey}")).StatusCode);
    }

    [Fact]
    public async Task Only_an_admin_key_may_acknowledge_an_alert()
    {
        const string ack = "api/asins/K000000006/alerts/no-such-alert/ack";
        using var reader = Http(fixture.ReadKey);
        var denied = await reader.PostAsJsonAsync(ack, new { });
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("'admin' role", await denied.Content.ReadAsStringAsync());

        using var admin = Http(fixture.AdminKey);
        var allowed = await admin.PostAsJsonAsync(ack, new { });
        Assert.NotEqual(HttpStatusCode.Unauthorized, allowed.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, allowed.StatusCode);
    }

    [Fact]
    public async Task Health_and_the_start_page_stay_anonymous_even_with_a_wrong_key()
    {
        using var http = Http();
        using var wrong = Http("not-a-configured-key");
        foreach (var client in new[] { http, wrong })
            foreach (var path in new[] { "health/ready", "health/live", "" })
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task The_alert_hub_needs_a_read_key_which_websockets_send_as_access_token()
    {
        using var http = Http();
        const string negotiate = "hubs/alerts/negotiate?negotiateVersion=1";
        var anonymous = await http.PostAsync(negotiate, null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("access_token", await anonymous.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync($"{negotiate}&access_token={fixture.ReadKey}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.PostAsync($"{negotiate}&access_token={fixture.IngestKey}", null)).StatusCode);
    }

    [Fact]
    public void The_start_log_names_each_key_holder_and_roles_but_no_key_or_hash()
    {
        var log = fixture.Silo.Log;
        Assert.Contains("API key 'reader' accepted with roles: read", log);
        Assert.Contains("API key 'feeder' accepted with roles: ingest, read", log);
        Assert.Contains("API key 'operator' accepted with roles: admin", log);
        Assert.DoesNotContain("OPEN", log);
        foreach (var secret in fixture.Secrets) Assert.DoesNotContain(secret, log);
    }
}

/// <summary>The start-up rules: local without keys is open (and says so); bad or missing keys stop the silo with a clear message.</summary>
public sealed class OpenAndMisconfiguredAuthTests
{
    [Fact]
    public async Task Local_profile_without_keys_is_open_and_warns_loudly()
    {
        await using var silo = await SiloProcess.StartAsync(RepoPaths.NewTempDir());
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("api/asins/K000000009")).StatusCode);
        Assert.Contains("the HTTP API and the alert hub are OPEN (no API keys configured)", silo.Log);
    }

    [Fact]
    public async Task Cluster_profile_without_keys_refuses_to_start_and_names_Auth_Keys()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs:
            ["--ActorCluster:Profile", "cluster", "--ActorCluster:Postgres", "Host=127.0.0.1;Port=1"]));
        Assert.Contains("profile cluster requires API keys but no Auth:Keys are configured", failure.Message);
    }

    [Fact]
    public async Task Bad_key_entries_refuse_to_start_naming_each_entry()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs:
        [
            "--Auth:Keys:0:Name", "ops", "--Auth:Keys:0:Sha256", "abc123", "--Auth:Keys:0:Roles:0", "writer",
            "--Auth:Keys:1:Name", " ", "--Auth:Keys:1:Sha256", AuthSiloFixture.Sha256("k"), "--Auth:Keys:1:Roles", "read",
        ]));
        Assert.Contains("Auth:Keys:0:Sha256 must be the 64 hex digits", failure.Message);
        Assert.Contains("Auth:Keys:0:Roles has unknown role 'writer'", failure.Message);
        Assert.Contains("Auth:Keys:1:Name is empty", failure.Message);
    }
}
