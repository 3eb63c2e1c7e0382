using System.Text.Json.Serialization;
using ActorCluster.Grains.Alerts;
using ActorCluster.Silo.Auth;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActorCluster.Silo.Push;

/// <summary>Live alert push: the hub, the per-silo observer and its registration, and the batching notifier.</summary>
public static class PushExtensions
{
    /// <summary>Largest hub message a client may send (1 MB).</summary>
    public const long MaxMessageBytes = 1024 * 1024;

    public static IServiceCollection AddAlertPush(this IServiceCollection services)
    {
        services.AddSignalR(o =>
            {
                o.MaximumReceiveMessageSize = MaxMessageBytes;
                o.EnableDetailedErrors = false;
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)
            .AddMessagePackProtocol();
        services.AddSingleton<SubscriptionRegistry>();
        services.AddSingleton<AlertHubObserver>();
        services.AddHostedService(sp => sp.GetRequiredService<AlertHubObserver>());
        services.AddHostedService<HubRegistration>();
        services.AddSingleton<AlertNotifier>();
        services.AddHostedService(sp => sp.GetRequiredService<AlertNotifier>());
        services.Replace(ServiceDescriptor.Singleton<IAlertPublisher>(sp => sp.GetRequiredService<AlertNotifier>()));
        return services;
    }

    public static IEndpointRouteBuilder MapAlertHub(this IEndpointRouteBuilder app)
    {
        app.MapHub<AlertHub>(AlertHubContract.Path).RequireAuthorization(AuthPolicies.Read);
        return app;
    }
}
