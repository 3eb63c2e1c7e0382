using ActorCluster.Analytics.Pipeline;
using ActorCluster.Grains.Alerts;
using ActorCluster.Grains.Asin;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Storage;

namespace ActorCluster.Silo.Hosting;

public static class OrleansHostingExtensions
{
    /// <summary>Orleans' ADO.NET invariant for PostgreSQL (Npgsql).</summary>
    public const string PostgresInvariant = "Npgsql";

    /// <summary>Orleans' ADO.NET invariant for SQLite; Orleans 10 serves it through Microsoft.Data.Sqlite.</summary>
    public const string SqliteInvariant = "System.Data.SQLite";

    /// <summary>Reads and validates <see cref="SiloSettings"/>, then configures the silo for its profile.</summary>
    public static SiloSettings AddActorClusterSilo(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(SiloSettings.Section).Get<SiloSettings>() ?? new SiloSettings();
        settings.Postgres ??= builder.Configuration["ACTORCLUSTER_PG"];
        settings.Validate();
        builder.Services.AddSingleton(settings);

        if (settings.EffectiveStorage == StorageKind.Sqlite) SqliteSchema.EnsureCreated(settings.SqlitePath);

        builder.UseOrleans(silo => silo.ConfigureActorCluster(settings));
        builder.Services.AddGracefulShutdown(settings);
        return settings;
    }

    /// <summary>Clustering, storage, reminders and the dashboard for the chosen profile.</summary>
    public static ISiloBuilder ConfigureActorCluster(this ISiloBuilder silo, SiloSettings settings)
    {
        silo.Configure<ClusterOptions>(o => { o.ClusterId = settings.ClusterId; o.ServiceId = settings.ServiceId; });
        if (settings.Kubernetes)
        {
            // The pod's name, IP and namespace (downward API) name and place the silo; ports stay ours.
            silo.Configure<EndpointOptions>(o => { o.SiloPort = settings.SiloPort; o.GatewayPort = settings.GatewayPort; });
            silo.UseKubernetesHosting();
        }
        if (settings.IsCluster)
        {
            if (!settings.Kubernetes)
                silo.ConfigureEndpoints(System.Net.IPAddress.Parse(settings.AdvertisedAddress), settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: false);
            silo.UseAdoNetClustering(o => { o.Invariant = PostgresInvariant; o.ConnectionString = settings.Postgres; });
            silo.UseAdoNetReminderService(o => { o.Invariant = PostgresInvariant; o.ConnectionString = settings.Postgres; });
        }
        else
        {
            silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, serviceId: settings.ServiceId, clusterId: settings.ClusterId);
            silo.UseInMemoryReminderService();
        }

        silo.AddActorClusterGrains();
        silo.AddActorClusterStorage(settings);
        silo.AddDashboard();
        return silo;
    }

    /// <summary>Services the grains need: options (sections "Asin" and "Alerts", validated at start), the clock, the forecaster and the alert publisher (none unless the host adds push).</summary>
    public static ISiloBuilder AddActorClusterGrains(this ISiloBuilder silo)
    {
        silo.Services.AddOptions<AsinOptions>().BindConfiguration("Asin")
            .Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        silo.Services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section)
            .Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.TryAddSingleton<ForecastFitter>(AutoForecastFitter.Fit);
        silo.Services.TryAddSingleton<IAlertPublisher, NullAlertPublisher>();
        return silo;
    }

    /// <summary>The grain-state provider <see cref="GrainNames.Storage"/> on the configured store.</summary>
    public static ISiloBuilder AddActorClusterStorage(this ISiloBuilder silo, SiloSettings settings)
    {
        switch (settings.EffectiveStorage)
        {
            case StorageKind.Postgres:
                AddAdoNetStorage(silo, PostgresInvariant, settings.Postgres!);
                break;
            case StorageKind.Sqlite:
                AddAdoNetStorage(silo, SqliteInvariant, SqliteSchema.ConnectionString(settings.SqlitePath));
                break;
            default:
                silo.AddMemoryGrainStorage(GrainNames.Storage, options => options.Configure<IServiceProvider>((o, services) =>
                    o.GrainStorageSerializer = BinarySerializer(services)));
                break;
        }
        return silo;
    }

    // The providers' default serializer is Newtonsoft JSON with CLR type names: bulky, slow, and it breaks when a
    // class moves. The Orleans binary serializer follows our [Id] numbering and keeps the window blocks as bytes.
    private static void AddAdoNetStorage(ISiloBuilder silo, string invariant, string connectionString) =>
        silo.AddAdoNetGrainStorage(GrainNames.Storage, options => options.Configure<IServiceProvider>((o, services) =>
        {
            o.Invariant = invariant;
            o.ConnectionString = connectionString;
            o.GrainStorageSerializer = BinarySerializer(services);
        }));

    private static OrleansGrainStorageSerializer BinarySerializer(IServiceProvider services) =>
        new(services.GetRequiredService<Orleans.Serialization.Serializer>());
}
