namespace ActorCluster.Client.Backfill;

/// <summary>What a backfill did, row by row, with every rejection located.</summary>
public sealed class BackfillSummary
{
    private long _accepted, _duplicates, _corrected;

    public long RowsRead { get; set; }
    public int Asins { get; set; }
    public long Accepted => Interlocked.Read(ref _accepted);
    public long Duplicates => Interlocked.Read(ref _duplicates);
    public long Corrected => Interlocked.Read(ref _corrected);
    public List<RowRejection> Rejections { get; } = [];
    public List<string> Warnings { get; } = [];
    public TimeSpan Elapsed { get; set; }

    public long Stored => Accepted + Corrected;

    public void Count(IngestStatus status)
    {
        switch (status)
        {
            case IngestStatus.Accepted: Interlocked.Increment(ref _accepted); break;
            case IngestStatus.Duplicate: Interlocked.Increment(ref _duplicates); break;
            case IngestStatus.Corrected: Interlocked.Increment(ref _corrected); break;
        }
    }

    public void Reject(RowRejection rejection)
    {
        lock (Rejections) Rejections.Add(rejection);
    }
}
