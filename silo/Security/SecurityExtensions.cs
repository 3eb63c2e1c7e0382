using ActorCluster.Silo.Hosting;

namespace ActorCluster.Silo.Security;

/// <summary>
/// Rate limits per API key, server-wide request limits, and Kestrel TLS certificate passwords from files. Call
/// <see cref="UseActorClusterSecurity"/> before <c>UseActorClusterAuth</c>: it authenticates first, so the limiter can
/// partition by key, and it turns floods away before authorization spends any work on them.
/// </summary>
public static partial class SecurityExtensions
{
    public static WebApplicationBuilder AddActorClusterSecurity(this WebApplicationBuilder builder, SiloSettings settings)
    {
        CertificatePasswordFiles.Apply(builder.Configuration);

        var limits = builder.Configuration.GetSection(RequestLimitOptions.Section).Get<RequestLimitOptions>() ?? new RequestLimitOptions();
        limits.Validate();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = limits.MaxRequestHeadersTotalBytes;
            k.AddServerHeader = false;
        });

        var rates = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        rates.Validate();
        builder.Services.AddSingleton(rates);
        builder.Services.AddRateLimiter(o => ApiKeyRateLimiter.Configure(o, rates));
        builder.Services.AddSingleton(new TransportSecurity(settings.IsCluster, CertificatePasswordFiles.ServesHttps(builder.Configuration)));
        return builder;
    }

    public static WebApplication UseActorClusterSecurity(this WebApplication app)
    {
        var rates = app.Services.GetRequiredService<RateLimitOptions>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ActorCluster.Silo.Security");
        if (rates.Enabled)
        {
            // Authentication runs again in UseActorClusterAuth; the handler's result is cached for the request.
            app.UseAuthentication();
            app.UseRateLimiter();
            LogRates(logger, rates.Ingest.PermitLimit, rates.Read.PermitLimit, rates.Admin.PermitLimit, rates.Anonymous.PermitLimit, rates.Ingest.Window);
        }
        else LogRatesOff(logger);

        var transport = app.Services.GetRequiredService<TransportSecurity>();
        if (transport.IsCluster && !transport.ServesHttps) LogPlainHttp(logger);
        return app;
    }

    private sealed record TransportSecurity(bool IsCluster, bool ServesHttps);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rate limits per API key: ingest {Ingest}, read {Read}, admin {Admin}; without a key {Anonymous} per client address (window {Window}; see RateLimits)")]
    private static partial void LogRates(ILogger logger, int ingest, int read, int admin, int anonymous, TimeSpan window);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limiting is OFF (RateLimits:Enabled=false)")]
    private static partial void LogRatesOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "profile cluster serves plain HTTP: API keys cross the network in clear text unless TLS ends in front of this silo. Configure Kestrel:Endpoints:Https (see docs/security-and-metrics.md)")]
    private static partial void LogPlainHttp(ILogger logger);
}
