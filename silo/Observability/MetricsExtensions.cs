using ActorCluster.Silo.Auth;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace ActorCluster.Silo.Observability;

/// <summary>
/// OpenTelemetry metrics served as Prometheus text: the cluster's own meter (<see cref="ActorClusterMetrics"/>),
/// Orleans' ("Microsoft.Orleans": activations, messaging, storage), ASP.NET Core's (request duration, rate-limiter
/// rejections, SignalR connections) and the .NET runtime's ("System.Runtime": GC, heap, thread pool).
/// </summary>
public static class MetricsExtensions
{
    /// <summary>The meters exported besides <see cref="ActorClusterMetrics.MeterName"/>.</summary>
    public static readonly string[] OtherMeters =
    [
        "Microsoft.Orleans",
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.RateLimiting",
        "Microsoft.AspNetCore.Http.Connections",
        "System.Runtime",
    ];

    public static WebApplicationBuilder AddActorClusterMetrics(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        options.Validate();
        builder.Services.AddSingleton(Options.Create(options));
        var hash = options.ScrapeKeySha256 is { } hex ? Convert.FromHexString(hex.Trim()) : null;
        var access = new ScrapeAccess(hash);
        builder.Services.AddAuthorizationBuilder().AddPolicy(ScrapeAccess.Policy, p => p
            .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
            .RequireAssertion(c => access.Allows(c.User, c.Resource as HttpContext)));
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("actorcluster-silo"))
            .WithMetrics(m => m
                .AddMeter([ActorClusterMetrics.MeterName, .. OtherMeters])
                // Every scrape sees the counts as they are now: tests and operators compare against what they just sent.
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        return builder;
    }

    /// <summary>Maps the Prometheus endpoint behind the <see cref="ScrapeAccess.Policy"/> policy.</summary>
    public static WebApplication MapActorClusterMetrics(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value;
        app.MapPrometheusScrapingEndpoint(options.Path).RequireAuthorization(ScrapeAccess.Policy);
        return app;
    }
}
