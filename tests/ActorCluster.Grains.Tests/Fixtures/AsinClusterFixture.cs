using ActorCluster.Silo.Hosting;
using Orleans.TestingHost;

namespace ActorCluster.Grains.Tests.Fixtures;

/// <summary>
/// An in-process cluster of two silos whose grain storage is configured exactly as the silo host does it.
/// One fixture per test collection, never one cluster per test.
/// </summary>
public abstract class AsinClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    protected abstract SiloSettings CreateSettings();

    public SiloSettings Settings { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Settings = CreateSettings();
        if (Settings.EffectiveStorage == StorageKind.Sqlite) SqliteSchema.EnsureCreated(Settings.SqlitePath);
        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ServiceId = Settings.ServiceId;
        builder.ConfigureSilo((_, silo) => silo.AddActorClusterGrains().AddActorClusterStorage(Settings));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (Cluster is not null) await Cluster.DisposeAsync();
    }

    /// <summary>Deactivates the grain and waits until it is gone, so the next call reads from storage.</summary>
    public async Task DeactivateAsync(IAsinGrain grain) => await Cluster.DeactivateAsync(grain);
}

public sealed class MemoryClusterFixture : AsinClusterFixture
{
    protected override SiloSettings CreateSettings() => new() { Storage = StorageKind.Memory, ServiceId = "test-" + Guid.NewGuid().ToString("N")[..8] };
}

public sealed class SqliteClusterFixture : AsinClusterFixture
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "actorcluster-tests", Guid.NewGuid().ToString("N"));

    protected override SiloSettings CreateSettings() => new() { Storage = StorageKind.Sqlite, DataDirectory = _dir };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}

public sealed class PostgresClusterFixture : AsinClusterFixture
{
    // A fresh service id per run keeps runs apart in a shared database without cleaning it.
    protected override SiloSettings CreateSettings() => new()
    {
        Storage = StorageKind.Postgres,
        Postgres = PrivatePostgres.ConnectionString,
        ServiceId = "test-" + Guid.NewGuid().ToString("N")[..12],
    };
}

[CollectionDefinition(Name)] public sealed class MemoryCluster : ICollectionFixture<MemoryClusterFixture> { public const string Name = "memory cluster"; }
[CollectionDefinition(Name)] public sealed class SqliteCluster : ICollectionFixture<SqliteClusterFixture> { public const string Name = "sqlite cluster"; }
[CollectionDefinition(Name)] public sealed class PostgresCluster : ICollectionFixture<PostgresClusterFixture> { public const string Name = "postgres cluster"; }
