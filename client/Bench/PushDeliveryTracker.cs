using System.Diagnostics;

namespace ActorCluster.Client.Bench;

/// <summary>
/// Notes, per probe ASIN and per subscribed client, when the first notice newer than the probe's starting sequence
/// arrived (a <see cref="Stopwatch"/> timestamp taken first thing in the client's delivery callback, so all times
/// are on one clock). One probe per ASIN at a time; <see cref="Begin"/> is called before the ingest call, so a
/// notice that overtakes the ingest acknowledgement is still caught.
/// </summary>
public sealed class PushDeliveryTracker
{
    private readonly Dictionary<string, int> _index;
    private readonly Slot[] _slots;
    private readonly int _clients;

    public PushDeliveryTracker(IReadOnlyList<string> asins, int clients)
    {
        _index = asins.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => p.i, StringComparer.Ordinal);
        _slots = [.. asins.Select(_ => new Slot())];
        _clients = clients;
    }

    /// <summary>Opens a probe of ASIN <paramref name="asin"/>: notices with a sequence above <paramref name="after"/> count.</summary>
    public void Begin(int asin, long after)
    {
        var s = _slots[asin];
        lock (s)
        {
            s.After = after;
            s.Arrivals = new long[_clients];
            s.Count = 0;
            s.Done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            s.Open = true;
        }
    }

    /// <summary>The client callback: <paramref name="client"/> received <paramref name="notice"/>.</summary>
    public void OnDelivered(int client, AlertNotice notice)
    {
        var now = Stopwatch.GetTimestamp();
        if (!_index.TryGetValue(notice.Asin, out var asin)) return;
        var s = _slots[asin];
        lock (s)
        {
            // Closed (late beyond the timeout) or older (from an unmeasured step), or this client already has it.
            if (!s.Open || notice.Sequence <= s.After || s.Arrivals[client] != 0) return;
            s.Arrivals[client] = now;
            if (++s.Count == _clients) s.Done.TrySetResult();
        }
    }

    /// <summary>Waits until every client has the probe's notice or <paramref name="timeout"/> passes, closes the probe
    /// and returns the arrival timestamp per client (0: not arrived).</summary>
    public async Task<long[]> CompleteAsync(int asin, TimeSpan timeout, CancellationToken ct)
    {
        var s = _slots[asin];
        Task done;
        lock (s) done = s.Done.Task;
        try { await done.WaitAsync(timeout, ct); }
        catch (TimeoutException) { }
        return Close(asin);
    }

    /// <summary>Closes the probe without waiting (it produced nothing to push); returns what arrived anyway.</summary>
    public long[] Close(int asin)
    {
        var s = _slots[asin];
        lock (s)
        {
            s.Open = false;
            return (long[])s.Arrivals.Clone();
        }
    }

    private sealed class Slot
    {
        public bool Open;
        public long After;
        public long[] Arrivals = [];
        public int Count;
        public TaskCompletionSource Done = new();
    }
}
