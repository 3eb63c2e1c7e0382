namespace ActorCluster.Client.Backfill.Grouping;

/// <summary>
/// Groups rows by ASIN with bounded memory. Rows are kept in memory until <see cref="MaxBufferedRows"/> is
/// reached; from then on every row goes to one of P spill files chosen by a stable hash of its ASIN, so all
/// rows of an ASIN share a file. <see cref="Drain"/> then loads one file at a time (about half the budget),
/// groups and sorts it; a file that still holds more than the budget (a bad size estimate, skew) is split
/// again with another hash salt. Each ASIN therefore comes out once, complete and in period order, however
/// scattered its rows were, which is what the grain's window needs: a row sent after a later batch could
/// fall outside the window and be refused as too old.
/// </summary>
public sealed class AsinGrouper(int maxBufferedRows, string tempDirectory) : IDisposable
{
    private const int MaxPartitions = 256, MaxDepth = 3;
    private Dictionary<string, List<BufferedRow>>? _memory = [];
    private SpillPartitions? _spill;
    private long _buffered;

    public int MaxBufferedRows => maxBufferedRows;

    /// <summary>Rows added so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Spill files in use (0 while everything fits in memory).</summary>
    public int Partitions => _spill?.Count ?? 0;

    /// <summary>Called when the buffer first overflows: the expected total number of rows, to size the partitions.</summary>
    public Func<long>? EstimateTotalRows { get; set; }

    public void Add(string asin, in BufferedRow row)
    {
        Rows++;
        if (_spill is not null) { _spill.Write(asin, row); return; }
        if (!_memory!.TryGetValue(asin, out var list)) _memory[asin] = list = [];
        list.Add(row);
        if (++_buffered > maxBufferedRows) StartSpilling();
    }

    private void StartSpilling()
    {
        long expected = Math.Max(Rows * 2, EstimateTotalRows?.Invoke() ?? 0);
        _spill = new SpillPartitions(tempDirectory, PartitionsFor(expected), salt: 0);
        foreach (var (asin, rows) in _memory!)
            foreach (var row in rows) _spill.Write(asin, row);
        _memory = null;
        _buffered = 0;
    }

    private int PartitionsFor(long rows) => (int)Math.Clamp((rows + maxBufferedRows / 2 - 1) / Math.Max(1, maxBufferedRows / 2), 2, MaxPartitions);

    /// <summary>Every ASIN with its rows sorted by period then line; call once, after the last <see cref="Add"/>.</summary>
    public IEnumerable<AsinRows> Drain()
    {
        if (_memory is not null)
        {
            foreach (var group in Group(_memory)) yield return group;
            _memory = null;
            yield break;
        }
        _spill!.Complete();
        foreach (var group in DrainPartitions(_spill, depth: 0)) yield return group;
    }

    private IEnumerable<AsinRows> DrainPartitions(SpillPartitions spill, int depth)
    {
        for (int p = 0; p < spill.Count; p++)
        {
            long count = spill.RowCount(p);
            if (count == 0) continue;
            if (count > maxBufferedRows && depth < MaxDepth)
            {
                using var sub = new SpillPartitions(tempDirectory, PartitionsFor(count), salt: (ulong)depth + 1);
                foreach (var (asin, row) in spill.ReadAll(p)) sub.Write(asin, row);
                spill.Delete(p);
                sub.Complete();
                foreach (var group in DrainPartitions(sub, depth + 1)) yield return group;
                continue;
            }
            var groups = new Dictionary<string, List<BufferedRow>>();
            foreach (var (asin, row) in spill.ReadAll(p))
            {
                if (!groups.TryGetValue(asin, out var list)) groups[asin] = list = [];
                list.Add(row);
            }
            spill.Delete(p);
            foreach (var group in Group(groups)) yield return group;
        }
    }

    private static IEnumerable<AsinRows> Group(Dictionary<string, List<BufferedRow>> groups)
    {
        foreach (var asin in groups.Keys.ToList())
        {
            var rows = groups[asin].ToArray();
            groups.Remove(asin);   // released as soon as it is handed out
            Array.Sort(rows, BufferedRow.Compare);
            yield return new AsinRows(asin, rows);
        }
    }

    public void Dispose() => _spill?.Dispose();
}
