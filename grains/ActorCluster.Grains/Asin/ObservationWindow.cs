namespace ActorCluster.Grains.Asin;

/// <summary>
/// The ASIN's observations for the latest <see cref="Length"/> periods, sorted by period, at most one per
/// period. Rows are stored normalised: price in the ASIN's currency, no per-row currency or category.
/// Lookups are O(log n); an in-order append is O(1), a late insert O(n) over a window of a few hundred rows.
/// </summary>
public sealed class ObservationWindow
{
    private readonly List<Observation> _rows;

    public ObservationWindow(PeriodKind period, int length, IEnumerable<Observation>? rows = null)
    {
        Period = period;
        Length = length;
        _rows = rows is null ? new List<Observation>(length) : [.. rows.OrderBy(r => r.PeriodStart)];
    }

    public PeriodKind Period { get; }

    public int Length { get; }

    public int Count => _rows.Count;

    public IReadOnlyList<Observation> Rows => _rows;

    public Observation? Latest => _rows.Count == 0 ? null : _rows[^1];

    /// <summary>The oldest period still accepted: <see cref="Length"/> − 1 periods before the latest.</summary>
    public DateTime? OldestAccepted =>
        Latest is { } last ? last.PeriodStart - (Length - 1) * Periods.Length(Period) : null;

    /// <summary>Index of the row for <paramref name="period"/>, or the bitwise complement of its insertion point.</summary>
    public int Find(DateTime period)
    {
        int lo = 0, hi = _rows.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int cmp = _rows[mid].PeriodStart.CompareTo(period);
            if (cmp == 0) return mid;
            if (cmp < 0) lo = mid + 1; else hi = mid - 1;
        }
        return ~lo;
    }

    public Observation this[int index] => _rows[index];

    /// <summary>Replaces the row at <paramref name="index"/> (a correction).</summary>
    public void Replace(int index, Observation row) => _rows[index] = row;

    /// <summary>Inserts a row for a period not yet present and evicts rows that fell out of the window.</summary>
    public void Insert(int insertionPoint, Observation row)
    {
        if (insertionPoint == _rows.Count) _rows.Add(row); else _rows.Insert(insertionPoint, row);
        var oldest = OldestAccepted!.Value;
        int evict = 0;
        while (evict < _rows.Count && _rows[evict].PeriodStart < oldest) evict++;
        if (evict > 0) _rows.RemoveRange(0, evict);
    }
}
