namespace ActorCluster;

/// <summary>What one pull run (or one resumed part of it) did.</summary>
[GenerateSerializer]
public sealed record PullRunSummary
{
    [Id(0)] public int Pages { get; init; }
    /// <summary>Vendor records read (one per row, or one per product with its histories).</summary>
    [Id(1)] public int Records { get; init; }
    /// <summary>Observations sent to the ASIN grains.</summary>
    [Id(2)] public int Observations { get; init; }
    /// <summary>Observations the grains stored (new or corrected periods).</summary>
    [Id(3)] public int Stored { get; init; }
    [Id(4)] public int Duplicates { get; init; }
    /// <summary>Records the connector rejected plus observations the grains rejected.</summary>
    [Id(5)] public int Rejected { get; init; }
    /// <summary>Requests sent again after a 429, a 5xx, a timeout or a dropped connection.</summary>
    [Id(6)] public int Retries { get; init; }
    /// <summary>429 (Too Many Requests) answers received.</summary>
    [Id(7)] public int Throttled { get; init; }
    /// <summary>True when the pull reached the end of every chunk.</summary>
    [Id(8)] public bool Completed { get; init; }
    /// <summary>The first rejection reasons (bounded), e.g. "page 2 record 3: field 'price': 'abc' is not a number".</summary>
    [Id(9)] public string[] RejectionSamples { get; init; } = [];

    public override string ToString() =>
        $"pages {Pages}, records {Records}, observations {Observations}, stored {Stored}, duplicates {Duplicates}, " +
        $"rejected {Rejected}, retries {Retries}, 429s {Throttled}{(Completed ? "" : " (incomplete)")}";
}
