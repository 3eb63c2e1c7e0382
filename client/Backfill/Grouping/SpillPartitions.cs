namespace ActorCluster.Client.Backfill.Grouping;

/// <summary>
/// P temporary files, one per hash bucket of the ASIN (FNV-1a with a salt per level, so a re-split spreads
/// a bucket differently). Buffered writers, deleted as they are consumed and on dispose.
/// </summary>
public sealed class SpillPartitions : IDisposable
{
    private readonly string _directory;
    private readonly ulong _salt;
    private readonly BinaryWriter?[] _writers;
    private readonly long[] _counts;

    public SpillPartitions(string tempDirectory, int count, ulong salt)
    {
        _directory = Path.Combine(tempDirectory, $"actorcluster-spill-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);
        _salt = salt;
        _writers = new BinaryWriter?[count];
        _counts = new long[count];
    }

    public int Count => _writers.Length;

    public long RowCount(int partition) => _counts[partition];

    public void Write(string asin, in BufferedRow row)
    {
        int p = (int)(StableHash.Fnv1a64(asin, _salt) % (ulong)_writers.Length);
        var w = _writers[p] ??= new BinaryWriter(new FileStream(PathOf(p), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), SpillCodec.Encoding);
        SpillCodec.Write(w, asin, row);
        _counts[p]++;
    }

    /// <summary>Flushes and closes every file: call once all rows are written.</summary>
    public void Complete()
    {
        for (int p = 0; p < _writers.Length; p++) { _writers[p]?.Dispose(); _writers[p] = null; }
    }

    public IEnumerable<(string Asin, BufferedRow Row)> ReadAll(int partition)
    {
        var strings = new Dictionary<string, string>();
        using var r = new BinaryReader(new FileStream(PathOf(partition), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), SpillCodec.Encoding);
        for (long i = 0; i < _counts[partition]; i++) yield return SpillCodec.Read(r, strings);
    }

    public void Delete(int partition) => File.Delete(PathOf(partition));

    private string PathOf(int p) => Path.Combine(_directory, $"{p:D4}.bin");

    public void Dispose()
    {
        Complete();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
