namespace ActorCluster.Silo.Hosting;

/// <summary>Says in the log when a stop was asked for and how long it took, so a slow or cut-short hand-over is visible.</summary>
internal sealed partial class ShutdownLog(IHostApplicationLifetime lifetime, SiloSettings settings, ILogger<ShutdownLog> logger) : IHostedService
{
    private long _stoppingAt;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopping.Register(() =>
        {
            _stoppingAt = System.Diagnostics.Stopwatch.GetTimestamp();
            LogStopping(logger, settings.ShutdownTimeout.TotalSeconds);
        });
        lifetime.ApplicationStopped.Register(() =>
            LogStopped(logger, System.Diagnostics.Stopwatch.GetElapsedTime(_stoppingAt).TotalSeconds));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Graceful shutdown: deactivating grains and leaving the cluster (at most {Seconds:0} s)")]
    private static partial void LogStopping(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graceful shutdown complete after {Seconds:0.0} s")]
    private static partial void LogStopped(ILogger logger, double seconds);
}
