using System.Security.Cryptography;
using System.Text;
using ActorCluster.Client.Connection;

namespace ActorCluster.Client.Bench;

/// <summary>
/// N silo processes forming one cluster on PostgreSQL under a fresh cluster and service id (so a run starts empty and
/// its grain rows can be deleted afterwards), with a throw-away admin key for the hub clients. Built on <see cref="BenchSilo"/>:
/// the cluster-profile arguments come last and override its local-profile defaults.
/// </summary>
public sealed class LoadCluster : IAsyncDisposable
{
    private readonly List<BenchSilo> _silos = [];

    private LoadCluster(string id, string postgres, string key)
    {
        Id = id;
        Postgres = postgres;
        ApiKey = key;
    }

    public string Id { get; }
    public string Postgres { get; }
    public string ApiKey { get; }
    public IReadOnlyList<BenchSilo> Silos => _silos;
    public ClusterTarget Target => new(0, Postgres, Id, Id, TimeSpan.FromSeconds(60));

    public static async Task<LoadCluster> StartAsync(string siloDll, string postgres, int silos, Action<string> progress, CancellationToken ct)
    {
        var cluster = new LoadCluster($"load-{Guid.NewGuid():N}"[..21], postgres, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cluster.ApiKey)));
        string[] args =
        [
            "--ActorCluster:Profile", "cluster", "--ActorCluster:Storage", "Postgres", "--ActorCluster:ClusterId", cluster.Id, "--ActorCluster:ServiceId", cluster.Id,
            "--Auth:Keys:0:Name", "bench", "--Auth:Keys:0:Sha256", hash, "--Auth:Keys:0:Roles:0", "admin", .. PushReport.SiloArguments,
        ];
        try
        {
            // One at a time: parallel start-ups on a small machine only slow each other down.
            for (var i = 0; i < silos; i++)
            {
                progress($"starting silo {i + 1} of {silos}");
                cluster._silos.Add(await BenchSilo.StartAsync(siloDll, BenchStorage.Postgres, postgres, ct, args));
            }
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var s in _silos) await s.DisposeAsync();
        try { await PostgresGrainRows.DeleteAsync(Postgres, Id); }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException) { }
    }
}
