using ActorCluster.Grains.Tests.Fixtures;
using static ActorCluster.Grains.Tests.Fixtures.TestData;

namespace ActorCluster.Grains.Tests.Storage;

/// <summary>Ingest, deactivate, read back: what comes back from the real store equals what went in.</summary>
public abstract class PersistenceRoundTripTests(AsinClusterFixture fixture)
{
    [Fact]
    public async Task State_survives_deactivation_identically()
    {
        var grain = fixture.Client.GetAsinGrain(NewAsin('R'));
        var batch = Days(420, seed: 42);
        batch[^3] = batch[^3] with { Units = null, Rating = null, InStock = false };
        await grain.IngestBatch(batch);
        await grain.Ingest(batch[^1] with { Units = 999 });          // a correction
        await grain.Ingest(Obs(Today.AddDays(-900)));                 // a rejection, kept in the side output
        var windowBefore = await grain.GetWindow();
        var statusBefore = await grain.GetStatus();

        await fixture.DeactivateAsync(grain);

        var windowAfter = await grain.GetWindow();
        var statusAfter = await grain.GetStatus();
        Assert.Equal(400, windowAfter.Length);
        Assert.Equal(windowBefore, windowAfter);
        Assert.Equal(statusBefore.Counts, statusAfter.Counts);
        Assert.Equal(statusBefore.RecentRejections, statusAfter.RecentRejections);
        Assert.Equal((statusBefore.Category, statusBefore.Currency), (statusAfter.Category, statusAfter.Currency));
        Assert.Equal(999, windowAfter[^1].Units);
        Assert.Null(windowAfter[^3].Units);
    }

    [Fact]
    public async Task Writes_after_reactivation_continue_from_the_stored_state()
    {
        var grain = fixture.Client.GetAsinGrain(NewAsin('S'));
        await grain.Ingest(Obs(Today.AddDays(-1)));
        await fixture.DeactivateAsync(grain);
        Assert.Equal(IngestStatus.Duplicate, (await grain.Ingest(Obs(Today.AddDays(-1)))).Status);
        Assert.Equal(IngestStatus.Accepted, (await grain.Ingest(Obs(Today))).Status);
        await fixture.DeactivateAsync(grain);
        var counts = (await grain.GetStatus()).Counts;
        Assert.Equal((2, 1), (counts.Accepted, counts.Duplicates));
    }
}

[Collection(SqliteCluster.Name)]
public sealed class SqlitePersistenceTests(SqliteClusterFixture fixture) : PersistenceRoundTripTests(fixture)
{
    [Fact]
    public void State_lives_in_the_sqlite_file()
    {
        Assert.True(File.Exists(fixture.Settings.SqlitePath));
        Assert.True(new FileInfo(fixture.Settings.SqlitePath).Length > 0);
    }
}

[Collection(PostgresCluster.Name)]
public sealed class PostgresPersistenceTests(PostgresClusterFixture fixture) : PersistenceRoundTripTests(fixture);
