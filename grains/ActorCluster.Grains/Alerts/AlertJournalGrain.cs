namespace ActorCluster.Grains.Alerts;

/// <summary>
/// One partition of the recent-transitions journal: a ring of the last <see cref="Capacity"/> pushed transitions,
/// in memory. It serves clients subscribed to categories, tiers or everything that come back asking "what did I
/// miss since T"; the ASIN grains hold the authoritative history for the ASINs a client already knows. A partition
/// says when it cannot vouch for a time (it was activated after it, or has dropped transitions since): the hub then
/// finds the ASINs through the directory and asks their grains.
/// </summary>
public sealed class AlertJournalGrain(TimeProvider clock) : Grain, IAlertJournalGrain
{
    /// <summary>Transitions kept per partition.</summary>
    public const int Capacity = 20_000;

    private readonly Queue<AlertNotice> _recent = new();
    private readonly HashSet<(string, long)> _held = [];
    private DateTime _activatedAt;
    private DateTime _droppedUpTo = DateTime.MinValue;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _activatedAt = clock.GetUtcNow().UtcDateTime;
        return Task.CompletedTask;
    }

    public Task Append(AlertNotice[] notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        foreach (var n in notices)
        {
            if (n is null || !_held.Add((n.Asin, n.Sequence))) continue;
            _recent.Enqueue(n);
            if (_recent.Count > Capacity)
            {
                var old = _recent.Dequeue();
                _held.Remove((old.Asin, old.Sequence));
                if (old.RaisedAt > _droppedUpTo) _droppedUpTo = old.RaisedAt;
            }
        }
        return Task.CompletedTask;
    }

    public Task<AlertJournalPage> Since(DateTime since, int max)
    {
        max = Math.Clamp(max, 1, Capacity);
        var notices = _recent.Where(n => n.RaisedAt >= since).Take(max + 1).ToArray();
        bool complete = _activatedAt <= since && _droppedUpTo < since && notices.Length <= max;
        return Task.FromResult(new AlertJournalPage(notices.Length > max ? notices[..max] : notices, complete));
    }
}
