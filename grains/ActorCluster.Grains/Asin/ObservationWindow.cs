using ActorCluster.Grains.Storage;

namespace ActorCluster.Grains.Asin;

/// <summary>
/// The ASIN's observations for the latest <see cref="Length"/> periods, sorted, at most one per period,
/// kept as blocks of <see cref="BlockPeriods"/> consecutive periods. Rows are normalised: price in the
/// ASIN's currency, no per-row currency or category.
/// Why blocks: only the newest block is kept decoded; older blocks stay as their compact encoded bytes
/// until a late row or a correction touches them. A write then re-encodes only the blocks that changed,
/// so an in-order ingest costs one small block encode, and a grain's heap holds a few KB of window
/// instead of hundreds of row objects. Eviction works in whole blocks for the same reason: rows of the
/// oldest block that fell out of the window are hidden, not rewritten, until the whole block goes.
/// </summary>
public sealed class ObservationWindow
{
    /// <summary>Periods per block.</summary>
    public const int BlockPeriods = 32;

    private readonly List<WindowBlock> _blocks = [];
    private int _rows, _hidden;

    public ObservationWindow(PeriodKind period, int length)
    {
        Period = period;
        Length = length;
    }

    public PeriodKind Period { get; }

    public int Length { get; }

    /// <summary>Rows inside the window.</summary>
    public int Count => _rows - _hidden;

    public Observation? Latest => _blocks.Count == 0 ? null : _blocks[^1].Rows(Period)[^1];

    /// <summary>The oldest period held inside the window.</summary>
    public DateTime? Oldest => _blocks.Count == 0 ? null : _blocks[0].Peek(Period)[_hidden].PeriodStart;

    /// <summary>The oldest period still accepted: <see cref="Length"/> − 1 periods before the latest.</summary>
    public DateTime? OldestAccepted => Latest is { } last ? last.PeriodStart - (Length - 1) * Periods.Length(Period) : null;

    /// <summary>Restores a window from its persisted blocks (as produced by <see cref="EncodeBlocks"/>).</summary>
    public static ObservationWindow FromBlocks(PeriodKind period, int length, IEnumerable<byte[]> blocks)
    {
        var window = new ObservationWindow(period, length);
        foreach (var bytes in blocks)
        {
            var block = WindowBlock.FromEncoded(bytes, period);
            window._blocks.Add(block);
            window._rows += block.Count;
        }
        window.Evict(); // a shorter configured window takes effect on activation
        return window;
    }

    /// <summary>The row for <paramref name="period"/>, or null.</summary>
    public Observation? Get(DateTime period)
    {
        if (period < OldestAccepted) return null;
        var (block, found) = FindBlock(BlockIndexOf(period));
        if (!found) return null;
        var rows = _blocks[block].Rows(Period);
        int i = IndexOf(rows, period);
        return i >= 0 ? rows[i] : null;
    }

    /// <summary>Inserts or replaces the row for its period; evicts rows that fell out of the window.</summary>
    public void Put(Observation row)
    {
        long index = BlockIndexOf(row.PeriodStart);
        var (b, found) = FindBlock(index);
        if (!found) _blocks.Insert(b, WindowBlock.Empty(index));
        var block = _blocks[b];
        var rows = block.Rows(Period);
        if (b == 0 && _hidden > 0)
        {
            // The block is rewritten anyway: drop its hidden rows for good.
            rows.RemoveRange(0, _hidden);
            (_rows, _hidden) = (_rows - _hidden, 0);
        }
        int i = IndexOf(rows, row.PeriodStart);
        if (i >= 0) rows[i] = row;
        else { rows.Insert(~i, row); _rows++; }
        block.MarkDirty();
        Evict();
    }

    /// <summary>All rows inside the window, oldest first (decodes cold blocks transiently).</summary>
    public IEnumerable<Observation> Rows()
    {
        int skip = _hidden;
        foreach (var block in _blocks)
        {
            var rows = block.Peek(Period);
            for (int i = skip; i < rows.Count; i++) yield return rows[i];
            skip = 0;
        }
    }

    /// <summary>The newest rows, at most <paramref name="count"/>, oldest first (touches only the last blocks).</summary>
    public List<Observation> Tail(int count)
    {
        var tail = new List<Observation>(count);
        for (int b = _blocks.Count - 1; b >= 0 && tail.Count < count; b--)
        {
            var rows = _blocks[b].Peek(Period);
            int first = b == 0 ? _hidden : 0;
            for (int i = rows.Count - 1; i >= first && tail.Count < count; i--) tail.Add(rows[i]);
        }
        tail.Reverse();
        return tail;
    }

    /// <summary>Encodes the blocks that changed, returns every block's bytes, and lets old blocks go cold.</summary>
    public List<byte[]> EncodeBlocks()
    {
        var result = new List<byte[]>(_blocks.Count);
        for (int i = 0; i < _blocks.Count; i++) result.Add(_blocks[i].Encode(Period, keepDecoded: i == _blocks.Count - 1));
        return result;
    }

    private void Evict()
    {
        if (OldestAccepted is not { } oldest) return;
        long oldestBlock = BlockIndexOf(oldest);
        while (_blocks.Count > 0 && _blocks[0].Index < oldestBlock)
        {
            _rows -= _blocks[0].Count;
            _blocks.RemoveAt(0);
        }
        _hidden = _blocks.Count > 0 && _blocks[0].Index == oldestBlock ? _blocks[0].CountBefore(oldest, Period) : 0;
    }

    private long BlockIndexOf(DateTime period) => Periods.Between(DateTime.MinValue, period, Period) / BlockPeriods;

    private (int Position, bool Found) FindBlock(long index)
    {
        int lo = 0, hi = _blocks.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_blocks[mid].Index == index) return (mid, true);
            if (_blocks[mid].Index < index) lo = mid + 1; else hi = mid - 1;
        }
        return (lo, false);
    }

    private static int IndexOf(List<Observation> rows, DateTime period)
    {
        int lo = 0, hi = rows.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int cmp = rows[mid].PeriodStart.CompareTo(period);
            if (cmp == 0) return mid;
            if (cmp < 0) lo = mid + 1; else hi = mid - 1;
        }
        return ~lo;
    }
}
