using System.Threading.Channels;
using ActorCluster.Grains.Alerts;
using ActorCluster.Silo.Actions;
using Orleans.Runtime;

namespace ActorCluster.Silo.Push;

/// <summary>
/// The batching notifier of this silo (the grains' <see cref="IAlertPublisher"/>): never blocks a grain. One loop
/// takes whatever accumulated, sends it to every silo's hub (registry grain, refreshed every few seconds), appends it
/// to the journal and queues red alerts for the webhook. While one batch is in flight the next one builds up.
/// </summary>
public sealed partial class AlertNotifier(
    IGrainFactory grains, AlertHubObserver localHub, ILocalSiloDetails silo, AlertActionQueue actions, ILogger<AlertNotifier> logger)
    : BackgroundService, IAlertPublisher
{
    /// <summary>How long a hub list is trusted before it is fetched again.</summary>
    public static readonly TimeSpan HubRefresh = TimeSpan.FromSeconds(3);

    private readonly Channel<AlertNotice> _queue = NoticeQueue.Create(100_000);
    private IAlertHubObserver[] _remoteHubs = [];
    private DateTime _hubsAt = DateTime.MinValue;

    public void Publish(IReadOnlyList<AlertNotice> notices)
    {
        foreach (var n in notices) _queue.Writer.TryWrite(n);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var array in _queue.Reader.Batches(stoppingToken))
        {
            QueueActions(array);
            // This silo's own hub is called in process: it never depends on the registry or on another silo.
            await localHub.OnAlerts(array);
            var remote = await RemoteHubsAsync();
            await Task.WhenAll(remote.Select(h => SendAsync(h, array)).Append(JournalAsync(array)));
        }
    }

    /// <summary>The other silos' hubs; when the registry cannot answer (its silo just died) the last list stands.</summary>
    private async Task<IAlertHubObserver[]> RemoteHubsAsync()
    {
        if (DateTime.UtcNow - _hubsAt < HubRefresh) return _remoteHubs;
        try
        {
            var self = silo.SiloAddress.ToParsableString();
            var hubs = await grains.GetGrain<IAlertHubRegistryGrain>(0).GetHubs().WaitAsync(TimeSpan.FromSeconds(5));
            _remoteHubs = [.. hubs.Where(h => h.Key != self).Select(h => h.Value)];
            _hubsAt = DateTime.UtcNow;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _hubsAt = DateTime.UtcNow - HubRefresh + TimeSpan.FromSeconds(1);   // try again in a second
            LogRegistryFailed(logger, _remoteHubs.Length, e.Message);
        }
        return _remoteHubs;
    }

    private async Task SendAsync(IAlertHubObserver hub, AlertNotice[] batch)
    {
        try
        {
            await hub.OnAlerts(batch).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _hubsAt = DateTime.MinValue;   // refresh the list: that hub's silo may have left
            LogHubFailed(logger, batch.Length, e.Message);
        }
    }

    private async Task JournalAsync(AlertNotice[] batch)
    {
        try
        {
            await Task.WhenAll(batch.GroupBy(n => AlertJournal.Partition(n.Asin))
                .Select(g => grains.GetGrain<IAlertJournalGrain>(g.Key).Append([.. g]).WaitAsync(TimeSpan.FromSeconds(5))));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Best effort: the grains' own histories stay authoritative for replay by sequence number.
            LogJournalFailed(logger, batch.Length, e.Message);
        }
    }

    private void QueueActions(AlertNotice[] batch)
    {
        foreach (var n in batch)
            if (n.Tier == "Red" && n.Kind is "Firing" or "Escalated" && n.AlertId is not null)
                actions.TryEnqueue(new AlertAction(n.Asin, n.AlertId, n.Sequence, n.Tier, n.Probability ?? double.NaN, n.Reason, n.Period));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert notifier: a hub did not take {Count} transitions: {Error}")]
    private static partial void LogHubFailed(ILogger logger, int count, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert notifier: hub registry did not answer, keeping the last {Hubs} remote hubs: {Error}")]
    private static partial void LogRegistryFailed(ILogger logger, int hubs, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert notifier: {Count} transitions not journalled: {Error}")]
    private static partial void LogJournalFailed(ILogger logger, int count, string error);
}
