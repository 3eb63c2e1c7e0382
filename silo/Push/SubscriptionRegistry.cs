using System.Collections.Concurrent;

namespace ActorCluster.Silo.Push;

/// <summary>
/// What each SignalR connection of this silo subscribed to, and which transitions it was sent (so receipts can be
/// checked). Thread-safe; one instance per silo.
/// </summary>
public sealed class SubscriptionRegistry
{
    /// <summary>Delivered-but-not-receipted transitions remembered per connection; the oldest are forgotten beyond it.</summary>
    public const int PendingReceiptsKept = 10_000;

    private readonly ConcurrentDictionary<string, ConnectionState> _connections = new(StringComparer.Ordinal);

    /// <summary>Connections currently registered.</summary>
    public int Count => _connections.Count;

    public ConnectionState Get(string connectionId) => _connections.GetOrAdd(connectionId, _ => new ConnectionState());

    public void Remove(string connectionId) => _connections.TryRemove(connectionId, out _);

    /// <summary>Records what was sent to a connection that is still registered (one that left is not brought back).</summary>
    public void Delivered(string connectionId, IEnumerable<AlertNotice> notices)
    {
        if (_connections.TryGetValue(connectionId, out var connection)) connection.Delivered(notices);
    }

    /// <summary>
    /// Routes <paramref name="batch"/>: connections whose subscriptions pick the same transitions share one entry, so the
    /// hub serialises each distinct list once (every "all" subscriber, for instance, gets the same message).
    /// </summary>
    public List<(List<string> Connections, List<AlertNotice> Notices)> Route(IReadOnlyList<AlertNotice> batch)
    {
        var groups = new Dictionary<string, (List<string> Connections, List<AlertNotice> Notices)>(StringComparer.Ordinal);
        var picked = new System.Text.StringBuilder();
        foreach (var (id, connection) in _connections)
        {
            picked.Clear();
            List<AlertNotice>? mine = null;
            for (int i = 0; i < batch.Count; i++)
                if (connection.Matches(batch[i])) { (mine ??= []).Add(batch[i]); picked.Append(i).Append(','); }
            if (mine is null) continue;
            var key = picked.ToString();
            if (groups.TryGetValue(key, out var group)) group.Connections.Add(id);
            else groups[key] = ([id], mine);
        }
        return [.. groups.Values];
    }
}

/// <summary>One connection's subscription and its delivered-not-receipted transitions.</summary>
public sealed class ConnectionState
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _asins = new(StringComparer.Ordinal);
    private readonly HashSet<string> _categories = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _tiers = new(StringComparer.OrdinalIgnoreCase);
    private bool _all;
    private readonly Dictionary<(string Asin, long Sequence), string?> _pending = [];
    private readonly Queue<(string Asin, long Sequence)> _order = new();

    public bool Matches(AlertNotice n)
    {
        lock (_gate)
            return _all || _asins.Contains(n.Asin) || (n.Category is { } c && _categories.Contains(c)) || _tiers.Contains(n.Tier);
    }

    /// <summary>Adds (or with <paramref name="remove"/>, removes) the already validated items; returns the whole subscription.</summary>
    public AlertSubscription Change(AlertSubscription s, bool remove)
    {
        lock (_gate)
        {
            Apply(_asins, s.Asins, remove);
            Apply(_categories, s.Categories, remove);
            Apply(_tiers, s.Tiers, remove);
            if (s.All) _all = !remove;
            return Snapshot();
        }
    }

    public AlertSubscription Snapshot()
    {
        lock (_gate)
            return new AlertSubscription { Asins = [.. _asins.Order()], Categories = [.. _categories.Order()], Tiers = [.. _tiers.Order()], All = _all };
    }

    /// <summary>Remembers what was sent, for the receipts.</summary>
    public void Delivered(IEnumerable<AlertNotice> notices)
    {
        lock (_gate)
            foreach (var n in notices)
            {
                if (!_pending.TryAdd((n.Asin, n.Sequence), n.AlertId)) continue;
                _order.Enqueue((n.Asin, n.Sequence));
                while (_pending.Count > SubscriptionRegistry.PendingReceiptsKept && _order.TryDequeue(out var old)) _pending.Remove(old);
            }
    }

    /// <summary>Matches receipts against what was sent; explains every one that matches nothing.</summary>
    public ReceiptResult Receipt(IReadOnlyList<AlertReceipt> receipts)
    {
        var result = new ReceiptResult();
        lock (_gate)
            foreach (var r in receipts)
            {
                if (r is null) { result.Rejected.Add("a receipt is null"); continue; }
                var key = (AsinId.TryNormalize(r.Asin, out var asin, out _) ? asin : r.Asin ?? "", r.Sequence);
                if (!_pending.TryGetValue(key, out var alertId))
                    result.Rejected.Add($"{key.Item1}#{r.Sequence}: nothing with this ASIN and sequence was delivered on this connection (or it was receipted already)");
                else if (r.AlertId is not null && !string.Equals(r.AlertId, alertId, StringComparison.Ordinal))
                    result.Rejected.Add($"{key.Item1}#{r.Sequence}: alert id '{r.AlertId}' is unknown; the transition delivered belongs to '{alertId ?? "(none)"}'");
                else { _pending.Remove(key); result.Accepted++; }
            }
        return result;
    }

    private static void Apply(HashSet<string> set, IEnumerable<string> items, bool remove)
    {
        foreach (var i in items) { if (remove) set.Remove(i); else set.Add(i); }
    }
}
