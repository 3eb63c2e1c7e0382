namespace ActorCluster.Grains.Alerts;

/// <summary>
/// One partition of the recent-transitions journal: a ring of the last <see cref="Capacity"/> pushed transitions,
/// in memory. It serves clients subscribed to categories, tiers or everything that come back asking "what did I
/// miss since T"; the ASIN grains hold the authoritative history for the ASINs a client already knows.
/// </summary>
public sealed class AlertJournalGrain : Grain, IAlertJournalGrain
{
    /// <summary>Transitions kept per partition.</summary>
    public const int Capacity = 20_000;

    private readonly Queue<AlertNotice> _recent = new();
    private readonly HashSet<(string, long)> _held = [];

    public Task Append(AlertNotice[] notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        foreach (var n in notices)
        {
            if (n is null || !_held.Add((n.Asin, n.Sequence))) continue;
            _recent.Enqueue(n);
            if (_recent.Count > Capacity) { var old = _recent.Dequeue(); _held.Remove((old.Asin, old.Sequence)); }
        }
        return Task.CompletedTask;
    }

    public Task<AlertNotice[]> Since(DateTime since, int max)
    {
        max = Math.Clamp(max, 1, Capacity);
        return Task.FromResult(_recent.Where(n => n.RaisedAt >= since).Take(max).ToArray());
    }
}
