using ActorCluster.Silo.Hosting;
using ActorCluster.Silo.Pull;
using ActorCluster.Tests.Pull;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace ActorCluster.Grains.Tests.Pull;

/// <summary>
/// One in-process silo with memory storage and in-memory reminders (lowered to a one-second minimum), with a vendor
/// server whose source <see cref="ScheduledSource"/> is scheduled every two seconds through the silo's configuration.
/// </summary>
public sealed class PullClusterFixture : IAsyncLifetime
{
    public const string ScheduledSource = "sched-helium";
    public const int ScheduledDays = 10;
    public const int ScheduledPageSize = 5;
    public const int ScheduledPagesPerRun = 3;

    public string[] ScheduledAsins { get; } = VendorTestData.Asins("SCH", 4);
    public VendorTestServer ScheduleServer { get; private set; } = null!;
    public InProcessTestCluster Cluster { get; private set; } = null!;
    public IClusterClient Client => Cluster.Client;
    public int ScheduledMalformed { get; private set; }

    public async Task InitializeAsync()
    {
        var endpoint = VendorTestData.Helium(ScheduledAsins, ScheduledDays, badEvery: 7, out var malformed);
        ScheduledMalformed = malformed;
        ScheduleServer = new VendorTestServer(new Dictionary<string, VendorEndpoint> { ["products"] = endpoint }, limit: 1000,
            window: TimeSpan.FromMinutes(1), token: "sched-token");
        var tokenFile = Path.Combine(Path.GetTempPath(), $"actorcluster-pull-token-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(tokenFile, "sched-token\n");
        var prefix = $"{PullExtensionsSection}:{ScheduledSource}:";
        var settings = new Dictionary<string, string?>
        {
            [prefix + "Profile"] = "Helium10",
            [prefix + "BaseUrl"] = ScheduleServer.BaseUrl,
            [prefix + "TokenFile"] = tokenFile,
            [prefix + "PageSize"] = ScheduledPageSize.ToString(),
            [prefix + "AsinsPerRequest"] = "2",
            [prefix + "RequestsPerMinute"] = "600",
            [prefix + "Burst"] = "10",
            [prefix + "InitialBackoff"] = "00:00:00.050",
            [prefix + "Schedule:Enabled"] = "true",
            [prefix + "Schedule:Interval"] = "00:00:02",
            [prefix + "Schedule:MaxPagesPerRun"] = ScheduledPagesPerRun.ToString(),
            [prefix + "Schedule:InitialLookback"] = "30.00:00:00",
        };
        for (int i = 0; i < ScheduledAsins.Length; i++) settings[prefix + $"Asins:{i}"] = ScheduledAsins[i];
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = "pull-" + Guid.NewGuid().ToString("N")[..8];
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddActorClusterGrains().AddActorClusterStorage(new SiloSettings { Storage = StorageKind.Memory });
            silo.UseInMemoryReminderService();
            // Orleans refuses reminders under a minute by default; two seconds keeps the schedule test short.
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
            silo.Services.AddVendorPull(configuration);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    private const string PullExtensionsSection = Connectors.Sources.PullSourceCatalog.Section;

    public async Task DisposeAsync()
    {
        if (Cluster is not null) await Cluster.DisposeAsync();
        if (ScheduleServer is not null) await ScheduleServer.DisposeAsync();
    }
}

[CollectionDefinition(Name)] public sealed class PullCluster : ICollectionFixture<PullClusterFixture> { public const string Name = "pull cluster"; }
