using ActorCluster.Client.Connection;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests.Backfill;

/// <summary>One real silo for every backfill test class, and an in-process client to read grain counts.</summary>
[CollectionDefinition(Name)]
public sealed class BackfillCluster : ICollectionFixture<SiloFixture>
{
    public const string Name = "backfill cluster";

    public static async Task<Dictionary<string, AsinStatus>> StatusAsync(SiloFixture silo, IEnumerable<string> asins)
    {
        var target = new ClusterTarget(silo.Silo.GatewayPort, null, "actorcluster", "actorcluster", TimeSpan.FromSeconds(30));
        await using var connection = await ClusterConnection.ConnectAsync(target, CancellationToken.None);
        var result = new Dictionary<string, AsinStatus>();
        foreach (var asin in asins) result[asin] = await connection.Client.GetGrain<IAsinGrain>(asin).GetStatus();
        return result;
    }

    public static Task<ClientProcess.Result> Backfill(SiloFixture silo, string path, params string[] extra) =>
        ClientProcess.RunAsync(["backfill", path, "--gateway-port", silo.Gateway, .. extra]);
}
