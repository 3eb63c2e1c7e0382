using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ActorCluster.EndToEnd.Tests.Processes;

/// <summary>A bare SignalR connection to one silo's alert hub that records every notice it is pushed.</summary>
public sealed class AlertHubTestClient : IAsyncDisposable
{
    private readonly Channel<AlertNotice> _received = Channel.CreateUnbounded<AlertNotice>();
    private readonly List<AlertNotice> _all = [];

    private AlertHubTestClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<AlertNotice[]>(AlertHubContract.OnAlerts, batch =>
        {
            lock (_all) _all.AddRange(batch);
            foreach (var n in batch) _received.Writer.TryWrite(n);
        });
    }

    public HubConnection Connection { get; }

    public IReadOnlyList<AlertNotice> All { get { lock (_all) return [.. _all]; } }

    public static async Task<AlertHubTestClient> ConnectAsync(SiloProcess silo, bool messagePack = false, string? apiKey = null)
    {
        var builder = new HubConnectionBuilder().WithUrl(new Uri(silo.BaseAddress, AlertHubContract.Path.TrimStart('/')), o =>
        {
            if (apiKey is not null) o.AccessTokenProvider = () => Task.FromResult<string?>(apiKey);
        });
        if (messagePack) builder.AddMessagePackProtocol();
        else builder.AddJsonProtocol(o => o.PayloadSerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals);
        var client = new AlertHubTestClient(builder.Build());
        await client.Connection.StartAsync();
        return client;
    }

    public Task<AlertSubscription> SubscribeAsync(AlertSubscription s) =>
        Connection.InvokeAsync<AlertSubscription>(AlertHubContract.Subscribe, s);

    /// <summary>The next pushed notice matching <paramref name="match"/>; fails after <paramref name="timeout"/>.</summary>
    public async Task<AlertNotice> WaitForAsync(Func<AlertNotice, bool> match, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var n = await _received.Reader.ReadAsync(cts.Token);
                if (match(n)) return n;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no matching alert within {timeout}; received: {string.Join(", ", All)}");
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}

/// <summary>The silo's HTTP API as the tests use it.</summary>
public static class SiloApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static HttpClient Http(SiloProcess silo, string? apiKey = null)
    {
        var http = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null) http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return http;
    }

    public static string Day(int daysAgo) => DateTime.UtcNow.Date.AddDays(-daysAgo).ToString("yyyy-MM-dd");

    /// <summary>Steady daily history for <paramref name="asin"/> from <paramref name="from"/> to <paramref name="to"/> days ago.</summary>
    public static object[] Steady(string asin, int from, int to, string category = "Kitchen", int seed = 3)
    {
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, from - to + 1).Select(i => (object)new
        {
            asin, period = Day(from - i), units = 20 + rng.Next(-2, 3), price = 10.0, salesRank = 1000 + rng.Next(-30, 31), category,
        })];
    }

    /// <summary>A surge with a price cut (fires with FireAfter 1).</summary>
    public static object Spike(string asin, int daysAgo, double units = 400, double price = 5, string category = "Kitchen") =>
        new { asin, period = Day(daysAgo), units, price, salesRank = 200, category };

    public static async Task<JsonElement> PostAsync(HttpClient http, params object[] items)
    {
        var response = await http.PostAsync("api/observations",
            new StringContent(JsonSerializer.Serialize(new { items }, Json), System.Text.Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<AlertsView> AlertsAsync(HttpClient http, string asin, long after = 0) =>
        (await JsonSerializer.DeserializeAsync<AlertsView>(await http.GetStreamAsync($"api/asins/{asin}/alerts?after={after}&max=1000"), Json))!;

    public static async Task<string> HostedOnAsync(HttpClient http, string asin)
    {
        using var doc = JsonDocument.Parse(await http.GetStringAsync($"api/asins/{asin}"));
        return doc.RootElement.GetProperty("status").GetProperty("hostedOn").GetString()!;
    }
}

/// <summary>The cluster's membership as PostgreSQL holds it.</summary>
public static class Membership
{
    /// <summary>
    /// Waits until <paramref name="silos"/> silos of cluster <paramref name="clusterId"/> are active, then a few seconds
    /// more so that each has heard of the others' load (placement spreads new grains only then).
    /// </summary>
    public static async Task WaitActiveAsync(string clusterId, int silos, TimeSpan timeout)
    {
        await using var db = new Npgsql.NpgsqlConnection(Environment.GetEnvironmentVariable("ACTORCLUSTER_PG"));
        await db.OpenAsync();
        var deadline = DateTime.UtcNow + timeout;
        long active = 0;
        while (DateTime.UtcNow < deadline)
        {
            await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = @id AND Status = 3", db);
            command.Parameters.AddWithValue("id", clusterId);
            active = (long)(await command.ExecuteScalarAsync())!;
            if (active >= silos) { await Task.Delay(3000); return; }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{active} of {silos} silos of cluster {clusterId} active after {timeout}");
    }
}

/// <summary>An admin API key for silos on the cluster profile (which refuses to start without keys).</summary>
public static class TestKeys
{
    public const string Admin = "e2e-admin-key-0123456789";

    public static string[] AdminArgs { get; } =
    [
        "--Auth:Keys:0:Name", "admin",
        "--Auth:Keys:0:Sha256", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Admin))),
        "--Auth:Keys:0:Roles:0", "admin",
    ];
}
