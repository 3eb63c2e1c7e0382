using Orleans.Configuration;

namespace ActorCluster.Silo.Hosting;

/// <summary>
/// SIGTERM and Ctrl+C stop the host, and stopping the host stops the silo gracefully: it stops taking new work,
/// refuses new HTTP requests and hub connections (<see cref="GracefulShutdownDrain"/>), deactivates every grain (each runs
/// <c>OnDeactivateAsync</c>), marks itself dead in the membership table so the others
/// take over its grains at once instead of after failed probes, and closes its connections. Grain state needs no flush
/// here: an ingest call is acknowledged only after its write. What this sets is how long all that may take.
/// </summary>
public static class GracefulShutdown
{
    /// <summary>Share of <see cref="SiloSettings.ShutdownTimeout"/> given to deactivating grains; the rest is for leaving the cluster.</summary>
    public const double DeactivationShare = 0.5;

    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services, SiloSettings settings)
    {
        // The host's deadline for all stop work; past it Orleans stops ungracefully (the others then detect the silo as dead).
        services.Configure<HostOptions>(o => o.ShutdownTimeout = settings.ShutdownTimeout);
        services.Configure<GrainCollectionOptions>(o => o.DeactivationTimeout = settings.ShutdownTimeout * DeactivationShare);
        services.AddHostedService<ShutdownLog>();
        services.AddTransient<IStartupFilter, GracefulShutdownDrain>();
        return services;
    }
}
