using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;

namespace ActorCluster.Silo.Push;

/// <summary>
/// This silo's hub as a grain observer: notifiers anywhere in the cluster hand it batches, and one loop sends each
/// connection the transitions it subscribed to, one SignalR message per connection per batch, in arrival order.
/// </summary>
public sealed partial class AlertHubObserver(
    SubscriptionRegistry registry, IHubContext<AlertHub> hub, ILogger<AlertHubObserver> logger) : BackgroundService, IAlertHubObserver
{
    private readonly Channel<AlertNotice> _inbox = NoticeQueue.Create(100_000);
    public Task OnAlerts(AlertNotice[] batch)
    {
        foreach (var n in batch ?? []) _inbox.Writer.TryWrite(n);
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var batch in _inbox.Reader.Batches(stoppingToken))
        {
            if (registry.Count == 0) continue;
            var routes = registry.Route(batch);
            ActorClusterMetrics.RecordDelivery(routes.SelectMany(r => r.Notices).Distinct());
            await Task.WhenAll(routes.Select(r => SendAsync(r.Connections, r.Notices, stoppingToken)));
        }
    }

    /// <summary>One message to every connection of the group: serialised once per protocol, not once per connection.</summary>
    private async Task SendAsync(List<string> connections, List<AlertNotice> notices, CancellationToken ct)
    {
        try
        {
            foreach (var id in connections) registry.Delivered(id, notices);
            await hub.Clients.Clients(connections).SendAsync(AlertHubContract.OnAlerts, notices.ToArray(), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSendFailed(logger, connections.Count, notices.Count, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert hub: {Count} transitions not sent to {Connections} connection(s): {Error}")]
    private static partial void LogSendFailed(ILogger logger, int connections, int count, string error);
}
