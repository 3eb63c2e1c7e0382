using ActorCluster.Grains.Tests.Fixtures;
using ActorCluster.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using static ActorCluster.Grains.Tests.Fixtures.TestData;

namespace ActorCluster.Grains.Tests.Storage;

/// <summary>A write that fails refuses the call and leaves the grain exactly as the store has it.</summary>
public sealed class FailedWriteTests : IAsyncLifetime
{
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddActorClusterGrains();
            silo.Services.AddKeyedSingleton<IGrainStorage, FlakyStorage>(GrainNames.Storage);
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        FlakyStorage.FailWrites = false;
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task A_failed_write_is_an_error_and_nothing_of_that_call_survives()
    {
        var grain = _cluster.Client.GetAsinGrain(NewAsin('F'));
        Assert.Equal(IngestStatus.Accepted, (await grain.Ingest(Obs(Today.AddDays(-1)))).Status);

        FlakyStorage.FailWrites = true;
        await Assert.ThrowsAnyAsync<Exception>(() => grain.Ingest(Obs(Today, units: 77)));
        FlakyStorage.FailWrites = false;

        var window = await grain.GetWindow();
        Assert.Single(window);                                  // only the acknowledged row
        Assert.Equal(1, (await grain.GetStatus()).Counts.Accepted);
        Assert.Equal(IngestStatus.Accepted, (await grain.Ingest(Obs(Today, units: 77))).Status);   // not "Duplicate"
    }
}
