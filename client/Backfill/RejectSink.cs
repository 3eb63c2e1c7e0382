namespace ActorCluster.Client.Backfill;

/// <summary>
/// Where rejected rows go as they happen: counted, the first <see cref="Kept"/> kept for the console, and every one
/// written to the reject file (CSV: <c>file,line,asin,field,reason</c>) when one was asked for, so memory stays
/// bounded however many rows are bad.
/// </summary>
public sealed class RejectSink : IDisposable
{
    public const int Kept = 50;
    private readonly StreamWriter? _file;
    private readonly List<RowRejection> _first = [];
    private long _count;

    public RejectSink(string? path)
    {
        if (path is null) return;
        _file = new StreamWriter(path, append: false);
        _file.WriteLine("file,line,asin,field,reason");
    }

    public long Count => Interlocked.Read(ref _count);

    /// <summary>The first rejections, in the order they were found.</summary>
    public IReadOnlyList<RowRejection> First { get { lock (_first) return [.. _first]; } }

    public void Add(RowRejection r)
    {
        Interlocked.Increment(ref _count);
        lock (_first)
        {
            if (_first.Count < Kept) _first.Add(r);
            _file?.WriteLine(string.Join(',', Quote(r.File), r.Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Quote(r.Asin ?? ""), Quote(r.Field ?? ""), Quote(r.Reason)));
        }
    }

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) < 0 ? s : "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ') + "\"";

    public void Dispose() { lock (_first) _file?.Dispose(); }
}
