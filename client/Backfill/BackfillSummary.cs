namespace ActorCluster.Client.Backfill;

/// <summary>What a backfill did over the whole file, earlier interrupted runs included.</summary>
public sealed class BackfillSummary
{
    public required BackfillFormat Format { get; init; }
    public long RowsRead { get; init; }
    public long Asins { get; init; }
    /// <summary>Grain answers, this run and (restored from the checkpoint) earlier runs.</summary>
    public BatchCounts Counts { get; init; }
    public long Rejected { get; init; }
    public IReadOnlyList<RowRejection> FirstRejections { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>ASINs finished by an earlier run and skipped by this one.</summary>
    public int ResumedAsins { get; init; }
    public long Retries { get; init; }
    public int SpillPartitions { get; init; }
    /// <summary>The file held each ASIN in one run, so ASINs were sent while it was read (no grouping phase).</summary>
    public bool Streamed { get; init; }
    public TimeSpan Elapsed { get; init; }
    /// <summary>Series ids mapped to ASIN keys (M5, wide), first-seen order.</summary>
    public IReadOnlyDictionary<string, string> MappedIds { get; init; } = new Dictionary<string, string>();

    public long Stored => Counts.Accepted + Counts.Corrected + Counts.Recovered;
}
