namespace ActorCluster.Client.Backfill;

/// <summary>Live counters of a running backfill, updated by the reader and the senders, read by the display.</summary>
public sealed class BackfillProgress
{
    private long _rowsRead, _bytesRead, _rowsToSend, _rowsSent, _asinsDone, _asinsTotal, _rejects;

    public long TotalBytes { get; init; }
    /// <summary>True once the whole file is read (only then is <see cref="RowsToSend"/> final).</summary>
    public bool ReadDone { get; set; }
    public long RowsRead => Interlocked.Read(ref _rowsRead);
    public long BytesRead => Interlocked.Read(ref _bytesRead);
    /// <summary>Valid rows still owed to the grains (rows done in an earlier run excluded).</summary>
    public long RowsToSend => Interlocked.Read(ref _rowsToSend);
    public long RowsSent => Interlocked.Read(ref _rowsSent);
    public long AsinsDone => Interlocked.Read(ref _asinsDone);
    /// <summary>ASINs to send, as far as grouping has found them.</summary>
    public long AsinsTotal => Interlocked.Read(ref _asinsTotal);
    public long Rejects => Interlocked.Read(ref _rejects);
    public long Retries { get; set; }

    public void Read(long rows, long bytes) { Interlocked.Add(ref _rowsRead, rows); Interlocked.Exchange(ref _bytesRead, bytes); }
    public void ToSend(long rows) => Interlocked.Add(ref _rowsToSend, rows);
    public void Sent(long rows) => Interlocked.Add(ref _rowsSent, rows);
    public void AsinFound() => Interlocked.Increment(ref _asinsTotal);
    public void AsinDone() => Interlocked.Increment(ref _asinsDone);
    public void Rejected() => Interlocked.Increment(ref _rejects);
}
