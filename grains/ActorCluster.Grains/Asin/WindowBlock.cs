using ActorCluster.Grains.Storage;

namespace ActorCluster.Grains.Asin;

/// <summary>
/// One block of the window: its encoded bytes, its decoded rows, or both. Decoding is lazy and the
/// encoded form is cached until a row changes, so unchanged blocks cost nothing on a write.
/// </summary>
internal sealed class WindowBlock
{
    private byte[]? _encoded;
    private List<Observation>? _rows;
    private long[]? _ticks;

    private WindowBlock(long index) => Index = index;

    /// <summary>Block number: period index (periods since 0001-01-01) divided by the block size.</summary>
    public long Index { get; }

    public int Count { get; private set; }

    public static WindowBlock Empty(long index) => new(index) { _rows = [] };

    public static WindowBlock FromEncoded(byte[] bytes, PeriodKind period)
    {
        var rows = ObservationWindowCodec.Decode(bytes, period);
        if (rows.Count == 0) throw new InvalidDataException("an empty window block was stored");
        var index = Periods.Between(DateTime.MinValue, rows[0].PeriodStart, period) / ObservationWindow.BlockPeriods;
        return new WindowBlock(index) { _encoded = bytes, Count = rows.Count };
    }

    /// <summary>The rows for editing: decoded and kept until the next encode lets them go.</summary>
    public List<Observation> Rows(PeriodKind period) => _rows ??= ObservationWindowCodec.Decode(_encoded!, period);

    /// <summary>The rows for reading, without keeping a decoded copy of a cold block.</summary>
    public IReadOnlyList<Observation> Peek(PeriodKind period) => _rows ?? ObservationWindowCodec.Decode(_encoded!, period);

    /// <summary>Rows before <paramref name="period"/>; the periods are cached so a sliding window asks cheaply.</summary>
    public int CountBefore(DateTime period, PeriodKind kind)
    {
        _ticks ??= [.. Peek(kind).Select(r => r.PeriodStart.Ticks)];
        int i = Array.BinarySearch(_ticks, period.Ticks);
        return i >= 0 ? i : ~i;
    }

    public void MarkDirty()
    {
        _encoded = null;
        _ticks = null;
        Count = _rows!.Count;
    }

    public byte[] Encode(PeriodKind period, bool keepDecoded)
    {
        _encoded ??= ObservationWindowCodec.Encode(_rows!, period);
        if (!keepDecoded) _rows = null;
        return _encoded;
    }
}
