using Orleans.Runtime;

namespace ActorCluster.Silo.Push;

/// <summary>
/// Registers this silo's hub observer with the registry grain and renews it every <see cref="Renewal"/>, so the
/// registry recovers by itself when its own silo dies and it is reactivated elsewhere.
/// </summary>
public sealed partial class HubRegistration(
    IGrainFactory grains, AlertHubObserver observer, ILocalSiloDetails silo, ILogger<HubRegistration> logger) : BackgroundService
{
    /// <summary>Renewal period.</summary>
    public static readonly TimeSpan Renewal = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IAlertHubObserver? reference = null;
        bool registered = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                reference ??= grains.CreateObjectReference<IAlertHubObserver>(observer);
                await grains.GetGrain<IAlertHubRegistryGrain>(0).Register(silo.SiloAddress.ToParsableString(), reference);
                if (!registered) LogRegistered(logger, silo.SiloAddress.ToParsableString());
                registered = true;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e.Message);
            }
            try { await Task.Delay(registered ? Renewal : TimeSpan.FromMilliseconds(500), stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert hub of silo {Silo} registered")]
    private static partial void LogRegistered(ILogger logger, string silo);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Alert hub registration failed (retrying): {Error}")]
    private static partial void LogFailed(ILogger logger, string error);
}
