namespace ActorCluster;

/// <summary>
/// Where a vendor pull stands: the next page to fetch. Saved after each page has been ingested, so a restarted pull
/// fetches again at most the page that was in flight when it stopped.
/// </summary>
[GenerateSerializer]
public sealed record PullCursor
{
    /// <summary>The source definition's name.</summary>
    [Id(0)] public required string Source { get; init; }
    /// <summary>The first day pulled (UTC).</summary>
    [Id(1)] public required DateTime Since { get; init; }
    /// <summary>A digest of the ASIN list; a cursor for another list does not resume.</summary>
    [Id(2)] public required string AsinsKey { get; init; }
    /// <summary>Index of the ASIN chunk being paged (ASINs are sent in chunks per request).</summary>
    [Id(3)] public int Chunk { get; init; }
    /// <summary>Offset of the next page within the chunk.</summary>
    [Id(4)] public int Offset { get; init; }
    /// <summary>Pages ingested under this cursor so far.</summary>
    [Id(5)] public int Pages { get; init; }
    /// <summary>True once every chunk has been paged to its end.</summary>
    [Id(6)] public bool Completed { get; init; }
    [Id(7)] public DateTime UpdatedAt { get; init; }

    /// <summary>Whether this cursor continues a pull of <paramref name="source"/> from <paramref name="since"/> over the same ASINs.</summary>
    public bool Continues(string source, DateTime since, string asinsKey) =>
        !Completed && Source == source && Since == since && AsinsKey == asinsKey;
}
