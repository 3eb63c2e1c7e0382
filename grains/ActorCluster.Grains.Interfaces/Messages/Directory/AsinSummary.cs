namespace ActorCluster;

/// <summary>
/// One line of the monitoring board: what an ASIN grain last reported about itself to the directory.
/// Sent after the grain's state write, at most about once a second per ASIN unless the tier changes.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AsinSummary
{
    [Id(0)] public required string Asin { get; init; }
    [Id(1)] public string? Category { get; init; }

    /// <summary>The open alert's tier: None, Yellow, Orange or Red.</summary>
    [Id(2)] public string Tier { get; init; } = "None";

    /// <summary>Pending, Firing, Escalated, or null without an open alert.</summary>
    [Id(3)] public string? AlertState { get; init; }

    /// <summary>Why the open alert fired (its signals in words), or null.</summary>
    [Id(4)] public string? Reason { get; init; }

    /// <summary>The latest stored period.</summary>
    [Id(5)] public DateTime? LastPeriod { get; init; }

    [Id(6)] public double? Units { get; init; }
    [Id(7)] public double? Price { get; init; }
    [Id(8)] public double? Rank { get; init; }

    /// <summary>Units of the last <see cref="AsinDirectory.SparklineLength"/> periods, oldest first; NaN where missing.</summary>
    [Id(9)] public float[] RecentUnits { get; init; } = [];

    /// <summary>Observations accepted so far.</summary>
    [Id(10)] public long Stored { get; init; }

    /// <summary>When the grain sent this (silo clock).</summary>
    [Id(11)] public DateTime UpdatedAt { get; init; }

    /// <summary>The directory partition's version number when this line last changed (set by the directory).</summary>
    [Id(12)] public long Version { get; init; }

    /// <summary>The open alert's id, for acknowledging it from the board.</summary>
    [Id(13)] public string? AlertId { get; init; }

    /// <summary>
    /// When the ASIN's latest pushed alert transition was raised (null: none yet). A replay "since T" asks the grains
    /// of the ASINs with a change at or after T when the journal cannot vouch for that time.
    /// </summary>
    [Id(14)] public DateTime? AlertChangedAt { get; init; }
}

/// <summary>The lines of one directory partition that changed after a version.</summary>
[GenerateSerializer, Immutable]
public sealed record AsinDirectoryPage(
    [property: Id(0)] int Partition,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyList<AsinSummary> Changed,
    [property: Id(3)] int Total);
