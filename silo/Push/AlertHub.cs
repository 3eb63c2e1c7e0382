using ActorCluster.Silo.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ActorCluster.Silo.Push;

/// <summary>
/// The alert hub of this silo (<see cref="AlertHubContract.Path"/>): subscribe to ASINs, categories, tiers or all;
/// replay what was missed; send receipts. Bad requests get a <see cref="HubException"/> naming the problem, and the
/// connection stays open.
/// </summary>
[Authorize(Policy = AuthPolicies.Read)]
public sealed class AlertHub(SubscriptionRegistry registry, IGrainFactory grains) : Hub
{
    private static readonly string[] TierNames = ["Yellow", "Orange", "Red"];

    /// <summary>How long a replay waits for one grain.</summary>
    public static readonly TimeSpan ReplayCallTimeout = TimeSpan.FromSeconds(10);

    public AlertSubscription Subscribe(AlertSubscription subscription) =>
        registry.Get(Context.ConnectionId).Change(Validate(subscription), remove: false);

    public AlertSubscription Unsubscribe(AlertSubscription subscription) =>
        registry.Get(Context.ConnectionId).Change(Validate(subscription), remove: true);

    public async Task<AlertNotice[]> Replay(ReplayRequest request)
    {
        if (request is null) throw new HubException("replay request is missing");
        if (request.After is null) throw new HubException("replay request: 'after' is missing (send {} for none)");
        if (request.After.Count > AlertHubContract.MaxItems)
            throw new HubException($"replay request names {request.After.Count} ASINs; at most {AlertHubContract.MaxItems}");
        var after = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (raw, seq) in request.After)
        {
            if (!AsinId.TryNormalize(raw, out var asin, out var error)) throw new HubException($"replay request: ASIN '{raw}': {error}");
            if (seq < 0) throw new HubException($"replay request: sequence {seq} for {asin} is negative");
            after[asin] = Math.Max(seq, after.GetValueOrDefault(asin));
        }
        var connection = registry.Get(Context.ConnectionId);
        var filter = request.Subscription is null ? connection.Snapshot() : Validate(request.Subscription);
        var probe = new ConnectionState();
        probe.Change(filter, remove: false);
        DateTime? since = request.Since?.ToUniversalTime();

        // The ASINs the client knows: the grains' own history is authoritative. A grain that cannot answer now (its
        // silo just died and membership has not moved it yet) makes the replay incomplete: the client retries.
        // ASINs the subscription names that the client has heard nothing of yet are asked too, for what was raised
        // since its time: the journal is in memory, so a partition whose silo restarted has forgotten them.
        var asks = after.Select(a => new ReplayAsk(a.Key, a.Value, null, Filtered: false)).ToList();
        if (since is { } from && filter.Asins is { Count: > 0 } named)
            asks.AddRange(named.Where(a => !after.ContainsKey(a)).Take(AlertHubContract.MaxItems).Select(a => new ReplayAsk(a, 0, from, Filtered: false)));

        // Everything else the subscription matches comes from the journal. Where a partition cannot vouch for the time
        // (it restarted since, or dropped entries for room), the directory names the ASINs whose alerts changed since
        // then, and their grains are asked as well.
        AlertJournalPage[] journal = [];
        if (since is { } t)
        {
            journal = await Task.WhenAll(Enumerable.Range(0, AlertJournal.Partitions)
                .Select(p => grains.GetGrain<IAlertJournalGrain>(p).Since(t, 20_000)));
            if (journal.Any(j => !j.Complete) && (filter.All || filter.Tiers.Count > 0 || filter.Categories.Count > 0))
                asks.AddRange(await ChangedSinceAsync(t, filter, journal, asks));
        }

        var failed = new List<string>();
        string? firstError = null;
        var fromGrains = await Task.WhenAll(asks.Select(async a =>
        {
            try
            {
                var history = (await grains.GetGrain<IAsinGrain>(a.Asin).GetAlerts(a.After, 1000, notifiedOnly: true).WaitAsync(ReplayCallTimeout)).History;
                return history.Where(n => (a.Since is not { } at || n.RaisedAt >= at) && (!a.Filtered || probe.Matches(n))).ToList();
            }
            catch (Exception e)
            {
                lock (failed) { failed.Add(a.Asin); firstError ??= e.Message; }
                return [];
            }
        }));
        if (failed.Count > 0)
            throw new HubException($"{AlertHubContract.IncompleteReplay}: {failed.Count} ASIN(s) did not answer ({string.Join(", ", failed.Take(5))}{(failed.Count > 5 ? ", …" : "")}): {firstError}");
        var found = new Dictionary<(string, long), AlertNotice>();
        foreach (var n in fromGrains.SelectMany(h => h)) found[(n.Asin, n.Sequence)] = n;
        foreach (var n in journal.SelectMany(p => p.Notices))
            if (probe.Matches(n) && n.Sequence > after.GetValueOrDefault(n.Asin)) found.TryAdd((n.Asin, n.Sequence), n);
        var result = found.Values.OrderBy(n => n.Asin, StringComparer.Ordinal).ThenBy(n => n.Sequence).ToArray();
        connection.Delivered(result);
        return result;
    }

    /// <summary>One grain to ask in a replay: its transitions after a sequence, raised since a time, matched to the subscription.</summary>
    private readonly record struct ReplayAsk(string Asin, long After, DateTime? Since, bool Filtered);

    /// <summary>
    /// The ASINs of the journal's incomplete partitions whose alerts changed since <paramref name="since"/> by the
    /// directory, narrowed to the subscription's categories when it names no tiers and not everything.
    /// </summary>
    private async Task<IEnumerable<ReplayAsk>> ChangedSinceAsync(DateTime since, AlertSubscription filter, AlertJournalPage[] journal, List<ReplayAsk> asks)
    {
        var lines = await Task.WhenAll(Enumerable.Range(0, AsinDirectory.Partitions)
            .Select(p => grains.GetGrain<IAsinDirectoryGrain>(p).AlertsChangedSince(since, AlertHubContract.MaxItems)));
        var asked = asks.Select(a => a.Asin).ToHashSet(StringComparer.Ordinal);
        bool byCategory = !filter.All && filter.Tiers.Count == 0;
        return lines.SelectMany(l => l)
            .Where(l => !journal[AlertJournal.Partition(l.Asin)].Complete && (!byCategory || (l.Category is { } c && filter.Categories.Contains(c))))
            .Where(l => asked.Add(l.Asin))
            .Take(AlertHubContract.MaxItems)
            .Select(l => new ReplayAsk(l.Asin, 0, since, Filtered: true))
            .ToList();
    }

    public ReceiptResult Receipt(AlertReceipt[] receipts)
    {
        if (receipts is null) throw new HubException("receipts are missing");
        if (receipts.Length > AlertHubContract.MaxItems) throw new HubException($"{receipts.Length} receipts in one call; at most {AlertHubContract.MaxItems}");
        return registry.Get(Context.ConnectionId).Receipt(receipts);
    }

    public override Task OnConnectedAsync()
    {
        registry.Get(Context.ConnectionId);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        registry.Remove(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Normalises and checks a subscription; throws <see cref="HubException"/> naming the first bad item.</summary>
    private static AlertSubscription Validate(AlertSubscription? s)
    {
        if (s is null) throw new HubException("subscription is missing");
        int items = (s.Asins?.Count ?? 0) + (s.Categories?.Count ?? 0) + (s.Tiers?.Count ?? 0);
        if (items > AlertHubContract.MaxItems) throw new HubException($"subscription has {items} items; at most {AlertHubContract.MaxItems}");
        var result = new AlertSubscription { All = s.All };
        foreach (var raw in s.Asins ?? [])
        {
            if (!AsinId.TryNormalize(raw, out var asin, out var error)) throw new HubException($"subscription: ASIN '{raw}': {error}");
            result.Asins.Add(asin);
        }
        foreach (var c in s.Categories ?? [])
        {
            if (string.IsNullOrWhiteSpace(c) || c.Length > 200) throw new HubException("subscription: a category is empty or longer than 200 characters");
            result.Categories.Add(c.Trim());
        }
        foreach (var t in s.Tiers ?? [])
        {
            var tier = TierNames.FirstOrDefault(n => string.Equals(n, t?.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new HubException($"subscription: tier '{t}' is not one of Yellow, Orange, Red");
            result.Tiers.Add(tier);
        }
        return result;
    }
}
