using ActorCluster.Connectors.Pull;
using ActorCluster.Connectors.Sources;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorCluster.Silo.Pull;

public static class PullExtensions
{
    /// <summary>
    /// The vendor sources of section <c>Sources</c> (validated here, so a bad definition stops the silo at start), the
    /// HTTP client the pulls use, and the starter that schedules every source whose <c>Schedule:Enabled</c> is true.
    /// </summary>
    public static IServiceCollection AddVendorPull(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(FromConfiguration(configuration.GetSection(PullSourceCatalog.Section)));
        services.AddHttpClient(VendorPullerFactory.HttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<VendorPullerFactory>();
        services.AddHostedService<PullScheduleStarter>();
        return services;
    }

    /// <summary>Binds every child of <paramref name="section"/> as one source named by its key.</summary>
    public static PullSourceCatalog FromConfiguration(IConfigurationSection section)
    {
        var sources = new Dictionary<string, PullSourceOptions>(StringComparer.OrdinalIgnoreCase);
        foreach (var child in section.GetChildren())
        {
            var options = new PullSourceOptions();
            child.Bind(options);
            sources[child.Key] = options;
        }
        return new PullSourceCatalog(sources);
    }
}
