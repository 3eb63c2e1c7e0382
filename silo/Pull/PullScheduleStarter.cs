using ActorCluster.Connectors.Sources;

namespace ActorCluster.Silo.Pull;

/// <summary>
/// At silo start, registers the reminder of every source with an enabled schedule and removes it from the others, so
/// the configuration alone decides what is pulled. Runs after the Orleans silo has started (registered after it).
/// </summary>
public sealed partial class PullScheduleStarter(PullSourceCatalog catalog, IGrainFactory grains, ILogger<PullScheduleStarter> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, source) in catalog.Sources)
        {
            var grain = grains.GetGrain<IPullScheduleGrain>(name);
            try
            {
                if (source.Schedule.Enabled) await grain.Start();
                else await grain.Stop();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One bad source must not keep the silo down; its status shows the problem.
                LogStartFailed(logger, e, name);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not schedule vendor pull '{Source}'")]
    private static partial void LogStartFailed(ILogger logger, Exception exception, string source);
}
