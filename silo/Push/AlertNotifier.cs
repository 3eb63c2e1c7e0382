using System.Threading.Channels;
using ActorCluster.Grains.Alerts;
using ActorCluster.Silo.Actions;

namespace ActorCluster.Silo.Push;

/// <summary>
/// The batching notifier of this silo (the grains' <see cref="IAlertPublisher"/>): never blocks a grain. One loop
/// takes whatever accumulated, sends it to every silo's hub (registry grain, refreshed every few seconds), appends it
/// to the journal and queues red alerts for the webhook. While one batch is in flight the next one builds up.
/// </summary>
public sealed partial class AlertNotifier(
    IGrainFactory grains, AlertActionQueue actions, ILogger<AlertNotifier> logger) : BackgroundService, IAlertPublisher
{
    /// <summary>How long a hub list is trusted before it is fetched again.</summary>
    public static readonly TimeSpan HubRefresh = TimeSpan.FromSeconds(3);

    private readonly Channel<AlertNotice> _queue = NoticeQueue.Create(100_000);
    private IAlertHubObserver[] _hubs = [];
    private DateTime _hubsAt = DateTime.MinValue;
    private long _published, _failedHubCalls;

    /// <summary>Transitions published by grains on this silo.</summary>
    public long Published => Interlocked.Read(ref _published);

    /// <summary>Hub calls that failed (the hub's silo died or was unreachable).</summary>
    public long FailedHubCalls => Interlocked.Read(ref _failedHubCalls);

    public void Publish(IReadOnlyList<AlertNotice> notices)
    {
        foreach (var n in notices) _queue.Writer.TryWrite(n);
        Interlocked.Add(ref _published, notices.Count);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var array in _queue.Reader.Batches(stoppingToken))
        {
            QueueActions(array);
            try
            {
                var hubs = await HubsAsync();
                await Task.WhenAll(hubs.Select(h => SendAsync(h, array)).Append(JournalAsync(array)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogBatchFailed(logger, array.Length, e.Message);
            }
        }
    }

    private async Task<IAlertHubObserver[]> HubsAsync()
    {
        if (DateTime.UtcNow - _hubsAt < HubRefresh && _hubs.Length > 0) return _hubs;
        _hubs = await grains.GetGrain<IAlertHubRegistryGrain>(0).GetHubs();
        _hubsAt = DateTime.UtcNow;
        return _hubs;
    }

    private async Task SendAsync(IAlertHubObserver hub, AlertNotice[] batch)
    {
        try
        {
            await hub.OnAlerts(batch).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Interlocked.Increment(ref _failedHubCalls);
            _hubsAt = DateTime.MinValue;   // refresh the list: that hub's silo may have left
            LogHubFailed(logger, batch.Length, e.Message);
        }
    }

    private Task JournalAsync(AlertNotice[] batch) =>
        Task.WhenAll(batch.GroupBy(n => AlertJournal.Partition(n.Asin))
            .Select(g => grains.GetGrain<IAlertJournalGrain>(g.Key).Append([.. g])));

    private void QueueActions(AlertNotice[] batch)
    {
        foreach (var n in batch)
            if (n.Tier == "Red" && n.Kind is "Firing" or "Escalated" && n.AlertId is not null)
                actions.TryEnqueue(new AlertAction(n.Asin, n.AlertId, n.Sequence, n.Tier, n.Probability ?? double.NaN, n.Reason, n.Period));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert notifier: a hub did not take {Count} transitions: {Error}")]
    private static partial void LogHubFailed(ILogger logger, int count, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Alert notifier: batch of {Count} transitions not delivered: {Error}")]
    private static partial void LogBatchFailed(ILogger logger, int count, string error);
}
