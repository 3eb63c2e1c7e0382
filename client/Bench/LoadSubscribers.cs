using ActorCluster.AlertClient;

namespace ActorCluster.Client.Bench;

/// <summary>
/// The run's subscribed SignalR clients, in this process: <see cref="AlertHubClient"/>s with the run's API key, client i
/// connected first to silo i mod N (with the others as fail-over), all subscribed to the probe ASINs and reporting each
/// delivery to the tracker.
/// </summary>
public static class LoadSubscribers
{
    public static async Task<List<AlertHubClient>> StartAsync(int count, IReadOnlyList<Uri> silos, string apiKey, IReadOnlyList<string> asins,
        PushDeliveryTracker tracker, CancellationToken ct)
    {
        var clients = new List<AlertHubClient>(count);
        for (var i = 0; i < count; i++)
        {
            var first = i % silos.Count;
            var client = new AlertHubClient(new AlertHubClientOptions
            {
                Urls = [.. Enumerable.Range(0, silos.Count).Select(k => silos[(first + k) % silos.Count])],
                ApiKey = apiKey,
                Subscription = new AlertSubscription { Asins = [.. asins] },
                KeepReceived = 0, QueueForReader = false,
            });
            var index = i;
            client.NoticeDelivered += (_, notice) => tracker.OnDelivered(index, notice);
            clients.Add(client);
        }
        try
        {
            await PushSubscribers.StartAllAsync(clients, ct);
            return clients;
        }
        catch
        {
            await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));
            throw;
        }
    }
}
