namespace ActorCluster.AlertClient;

/// <summary>
/// Turns what arrives from the hub (live batches and replays, possibly overlapping) into what a consumer sees:
/// each transition once, in sequence order per ASIN. (ASIN, sequence) identifies a transition; sequences increase
/// strictly per ASIN but have gaps (transitions that are not pushed still take a number), so a gap is never loss:
/// only a sequence at or below the last one delivered for its ASIN is dropped, as a duplicate.
/// While a replay is in progress live notices are held back and merged with the replayed ones when it completes.
/// Not thread-safe: the owner serializes calls.
/// </summary>
public sealed class NoticeSequencer
{
    private static readonly IComparer<AlertNotice> ByAsinThenSequence = Comparer<AlertNotice>.Create((a, b) =>
    {
        int c = string.CompareOrdinal(a.Asin, b.Asin);
        return c != 0 ? c : a.Sequence.CompareTo(b.Sequence);
    });

    private readonly Dictionary<string, long> _last = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTime> _lastRaisedAt = new(StringComparer.Ordinal);
    private List<AlertNotice>? _held;

    /// <summary>Starts empty, or resuming after the given per-ASIN sequences.</summary>
    public NoticeSequencer(IReadOnlyDictionary<string, long>? resumeAfter = null)
    {
        if (resumeAfter is null) return;
        foreach (var (asin, sequence) in resumeAfter) _last[asin] = sequence;
    }

    /// <summary>Notices handed to the consumer.</summary>
    public long Delivered { get; private set; }

    /// <summary>Notices dropped because their ASIN already had that sequence or a later one.</summary>
    public long Duplicates { get; private set; }

    /// <summary>The newest <see cref="AlertNotice.RaisedAt"/> delivered; null before the first.</summary>
    public DateTime? NewestRaisedAt { get; private set; }

    /// <summary>True between <see cref="BeginReplay"/> and <see cref="CompleteReplay"/>.</summary>
    public bool Replaying => _held is not null;

    /// <summary>Live notices held back by the replay in progress.</summary>
    public int Held => _held?.Count ?? 0;

    /// <summary>The last sequence delivered for an ASIN; 0 when none.</summary>
    public long LastSequence(string asin) => _last.GetValueOrDefault(asin);

    /// <summary>A copy of the last delivered sequence per ASIN.</summary>
    public Dictionary<string, long> SnapshotLastSequences() => new(_last, StringComparer.Ordinal);

    /// <summary>
    /// A live batch from the hub: returns the notices to deliver now, in arrival order, without duplicates; or, while a
    /// replay is in progress, holds them and returns nothing.
    /// </summary>
    public IReadOnlyList<AlertNotice> AcceptLive(IEnumerable<AlertNotice?> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (_held is not null)
        {
            foreach (var n in batch) if (n is not null) _held.Add(n);
            return [];
        }
        var deliver = new List<AlertNotice>();
        foreach (var n in batch) if (n is not null && Admit(n)) deliver.Add(n);
        return deliver;
    }

    /// <summary>Starts holding live notices back. Calling it again during a replay keeps what is already held
    /// (a replay that failed is simply followed by the next one).</summary>
    public void BeginReplay() => _held ??= [];

    /// <summary>
    /// The question for the hub: everything after the last sequences held, and for ASINs not held yet, transitions
    /// raised since the newest one delivered minus <paramref name="slack"/>. Before anything was delivered,
    /// <paramref name="fallbackSince"/> (minus the slack) is used; null asks for no journal part.
    /// The hub takes at most <paramref name="maxAsins"/> ASINs in <see cref="ReplayRequest.After"/>: beyond that only the
    /// most recently heard ones are named, and the others come from the journal part, their duplicates dropped here.
    /// </summary>
    public ReplayRequest CreateReplayRequest(TimeSpan slack, DateTime? fallbackSince = null, int maxAsins = AlertHubContract.MaxItems)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAsins, 0);
        var since = NewestRaisedAt ?? fallbackSince;
        var after = _last.Count <= maxAsins
            ? SnapshotLastSequences()
            : _last.OrderByDescending(p => _lastRaisedAt.GetValueOrDefault(p.Key)).Take(maxAsins)
                   .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return new ReplayRequest
        {
            After = after,
            Since = since is { } s ? DateTime.SpecifyKind(s - slack, DateTimeKind.Utc) : null,
        };
    }

    /// <summary>
    /// Ends the replay: the replayed notices and the live ones held meanwhile, sorted by (ASIN, sequence), without
    /// duplicates. With no replay in progress the replayed notices are merged the same way.
    /// </summary>
    public IReadOnlyList<AlertNotice> CompleteReplay(IEnumerable<AlertNotice?> replayed)
    {
        ArgumentNullException.ThrowIfNull(replayed);
        var merged = new List<AlertNotice>();
        foreach (var n in replayed) if (n is not null) merged.Add(n);
        if (_held is not null) merged.AddRange(_held);
        _held = null;
        // List.Sort is unstable, but equal keys are the same transition, and which copy survives does not matter.
        merged.Sort(ByAsinThenSequence);
        var deliver = new List<AlertNotice>(merged.Count);
        foreach (var n in merged) if (Admit(n)) deliver.Add(n);
        return deliver;
    }

    private bool Admit(AlertNotice n)
    {
        if (_last.TryGetValue(n.Asin, out var last) && n.Sequence <= last)
        {
            Duplicates++;
            return false;
        }
        _last[n.Asin] = n.Sequence;
        _lastRaisedAt[n.Asin] = n.RaisedAt;
        Delivered++;
        if (NewestRaisedAt is not { } newest || n.RaisedAt > newest) NewestRaisedAt = n.RaisedAt;
        return true;
    }
}
