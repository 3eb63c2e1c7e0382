using ActorCluster.Grains.Tests.Fixtures;
using static ActorCluster.Grains.Tests.Fixtures.TestData;

namespace ActorCluster.Grains.Tests.Storage;

/// <summary>
/// Two silos on PostgreSQL storage; the silo hosting an ASIN is killed (no graceful deactivation) and the
/// grain comes back on the other silo with every observation whose ingest call had returned.
/// Its own cluster, since it kills a silo.
/// </summary>
public sealed class SiloFailureTests : IAsyncLifetime
{
    private readonly PostgresClusterFixture _fixture = new();

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task Killing_the_hosting_silo_loses_no_acknowledged_observation()
    {
        var cluster = _fixture.Cluster;
        // The first silo holds the test membership table; pick an ASIN that lives on the second one.
        var victim = cluster.Silos[1];
        IAsinGrain? grain = null;
        for (int i = 0; i < 200 && grain is null; i++)
        {
            var candidate = _fixture.Client.GetAsinGrain(NewAsin('K'));
            var hostedOn = (await candidate.GetStatus()).HostedOn;
            if (hostedOn == victim.SiloAddress.ToString()) grain = candidate;
        }
        Assert.True(grain is not null, $"no grain was placed on {victim.SiloAddress} in 200 tries");

        var history = Days(120, seed: 7);
        await grain.IngestBatch(history[..100]);
        foreach (var o in history[100..]) Assert.Equal(IngestStatus.Accepted, (await grain.Ingest(o)).Status);
        var acknowledged = await grain.GetWindow();

        await cluster.KillSiloAsync(victim);
        // Until the cluster has declared the silo dead, the directory still points at it.
        await cluster.WaitForLivenessToStabilizeAsync();

        var after = await grain.GetStatus();
        Assert.NotEqual(victim.SiloAddress.ToString(), after.HostedOn);
        Assert.Equal(120, after.Counts.Accepted);
        Assert.Equal(acknowledged, await grain.GetWindow());
    }
}
