using ActorCluster.EndToEnd.Tests.Processes;
using Npgsql;

namespace ActorCluster.EndToEnd.Tests.Faults;

/// <summary>
/// N silo processes on the cluster profile sharing one PostgreSQL database under a fresh cluster and service id, so
/// runs never see each other's grains. Each fault test builds its own: the faults it injects would spoil a shared one.
/// </summary>
public sealed class FaultCluster : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private FaultCluster(string id, string postgres, List<FaultSilo> silos)
    {
        Id = id;
        Postgres = postgres;
        Silos = silos;
    }

    public string Id { get; }
    public string Postgres { get; }
    public IReadOnlyList<FaultSilo> Silos { get; }
    public IEnumerable<FaultSilo> Running => Silos.Where(s => s.IsRunning);

    /// <summary>The console's arguments to find this cluster through PostgreSQL (<c>--postgres env</c> plus the ids).</summary>
    public string[] ClientTarget => ["--postgres", "env", "--cluster-id", Id, "--service-id", Id];

    /// <param name="extraArgs">More silo configuration, e.g. alert rules.</param>
    public static async Task<FaultCluster> StartAsync(string prefix, int silos, string? postgres = null, params string[] extraArgs)
    {
        postgres ??= Environment.GetEnvironmentVariable("ACTORCLUSTER_PG");
        Assert.False(string.IsNullOrEmpty(postgres), "ACTORCLUSTER_PG is not set: run the tests through deploy/test.sh");
        var id = prefix + Guid.NewGuid().ToString("N")[..10];
        // Fault runs measure survival, not the per-key rate limits (their own tests): the limiter stays out of the way.
        string[] args = ["--ActorCluster:Profile", "cluster", "--ActorCluster:ClusterId", id, "--ActorCluster:ServiceId", id, "--RateLimits:Enabled", "false",
            .. TestKeys.AdminArgs, .. extraArgs];
        var cluster = new FaultCluster(id, postgres!, [.. Enumerable.Range(1, silos).Select(i => new FaultSilo(i, postgres!, args))]);
        try
        {
            // One after another: on two shared cores, parallel start-ups only make each slower.
            foreach (var s in cluster.Silos) await s.StartAsync(StartTimeout);
            await cluster.WaitActiveAsync(silos, TimeSpan.FromSeconds(60));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until exactly <paramref name="count"/> silos of this cluster are Active in the membership table.</summary>
    public async Task WaitActiveAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var statuses = "";
        while (DateTime.UtcNow < deadline)
        {
            var rows = await MembershipAsync();
            statuses = string.Join(", ", rows.Select(r => $"{r.Address}={r.Status}"));
            if (rows.Count(r => r.Status == ActiveStatus) == count) return;
            await Task.Delay(250);
        }
        throw new TimeoutException($"cluster {Id}: not {count} active silos after {timeout}: {statuses}");
    }

    /// <summary>Orleans' SiloStatus numbers as the membership table stores them.</summary>
    public const int ActiveStatus = 3, DeadStatus = 6;

    /// <summary>Every membership row of this cluster: "address:port" and status.</summary>
    public async Task<List<(string Address, int Status)>> MembershipAsync()
    {
        await using var db = new NpgsqlConnection(Postgres);
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT Address, Port, Generation, Status FROM OrleansMembershipTable WHERE DeploymentId = @id", db);
        cmd.Parameters.AddWithValue("id", Id);
        var rows = new List<(string, int)>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(($"{reader.GetString(0)}:{reader.GetInt32(1)}:{reader.GetInt32(2)}", reader.GetInt32(3)));
        return rows;
    }

    /// <summary>The HTTP API of a running silo (the first, or the one given), with the admin key.</summary>
    public HttpClient Http(FaultSilo? silo = null) => SiloApiClient.Create((silo ?? Running.First()).BaseAddress);

    public string Logs() => string.Join("\n", Silos.Select(s => $"==== silo {s.Index}\n{s.Tail(60)}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var s in Silos) await s.DisposeAsync();
    }
}

/// <summary>HTTP clients for the silo API with the admin key the fault clusters accept.</summary>
public static class SiloApiClient
{
    public static HttpClient Create(Uri baseAddress, TimeSpan? timeout = null)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-Api-Key", TestKeys.Admin);
        return http;
    }
}
