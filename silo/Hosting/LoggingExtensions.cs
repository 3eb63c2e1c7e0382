namespace ActorCluster.Silo.Hosting;

public static partial class LoggingExtensions
{
    /// <summary>Structured console logs: JSON when <c>Logging:Format=json</c>, one readable line per event otherwise.</summary>
    public static void AddActorClusterLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
            builder.Logging.AddJsonConsole(o => { o.IncludeScopes = true; o.UseUtcTimestamp = true; });
        else
            builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss.fff "; o.UseUtcTimestamp = true; });
    }

    public static void LogStartup(this WebApplication app, SiloSettings settings)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ActorCluster.Silo");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var urls = string.Join(", ", app.Urls);
            LogStarted(logger, settings.Profile, settings.EffectiveStorage, settings.GatewayPort, urls);
            if (settings.EffectiveStorage == StorageKind.Sqlite) LogSqlite(logger, settings.SqlitePath);
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "ActorCluster silo started: profile {Profile}, storage {Storage}, gateway port {GatewayPort}, HTTP {Urls} (dashboard under /dashboard)")]
    private static partial void LogStarted(ILogger logger, string profile, StorageKind storage, int gatewayPort, string urls);

    [LoggerMessage(Level = LogLevel.Information, Message = "Grain state in SQLite file {Path}")]
    private static partial void LogSqlite(ILogger logger, string path);
}
