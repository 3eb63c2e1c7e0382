using ActorCluster.AlertClient;

namespace ActorCluster.Client.Bench;

/// <summary>
/// The scenario's SignalR clients, all in this process: each an <see cref="AlertHubClient"/> with its own connection,
/// subscribed to every probe ASIN, reporting deliveries to the tracker. Receipts are sent as a real client would.
/// </summary>
public sealed class PushSubscribers : IAsyncDisposable
{
    private readonly List<AlertHubClient> _clients;

    private PushSubscribers(List<AlertHubClient> clients) => _clients = clients;

    public int Count => _clients.Count;

    /// <summary>Reconnects over all clients (a healthy run has none).</summary>
    public long Reconnects => _clients.Sum(c => c.Reconnects);

    /// <summary>Notices delivered over all clients.</summary>
    public long Delivered => _clients.Sum(c => c.Delivered);

    /// <summary>Connects and subscribes <paramref name="count"/> clients, a few at a time.</summary>
    public static async Task<PushSubscribers> StartAsync(int count, Uri silo, IReadOnlyList<string> asins, AlertHubProtocol protocol,
        PushDeliveryTracker tracker, CancellationToken ct)
    {
        var clients = new List<AlertHubClient>(count);
        for (var i = 0; i < count; i++)
        {
            var client = new AlertHubClient(new AlertHubClientOptions
            {
                Urls = [silo], Protocol = protocol, Subscription = new AlertSubscription { Asins = [.. asins] },
                // Only the event is read: keep nothing queued or retained.
                KeepReceived = 0, QueueForReader = false,
            });
            var index = i;
            client.NoticeDelivered += (_, notice) => tracker.OnDelivered(index, notice);
            clients.Add(client);
        }
        var subscribers = new PushSubscribers(clients);
        try
        {
            await StartAllAsync(clients, ct);
            return subscribers;
        }
        catch
        {
            await subscribers.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync() =>
        await Task.WhenAll(_clients.Select(c => c.DisposeAsync().AsTask()));

    /// <summary>Connects the clients, eight at a time: a burst of hundreds of handshakes only slows every one down.</summary>
    internal static async Task StartAllAsync(IEnumerable<AlertHubClient> clients, CancellationToken ct)
    {
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(clients.Select(async c =>
        {
            await gate.WaitAsync(ct);
            try { await c.StartAsync(ct); }
            finally { gate.Release(); }
        }));
    }
}
