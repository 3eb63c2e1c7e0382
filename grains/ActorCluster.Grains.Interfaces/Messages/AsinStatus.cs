namespace ActorCluster;

/// <summary>What an ASIN grain holds: counts, the latest observation and the extent of its window.</summary>
[GenerateSerializer, Immutable]
public sealed record AsinStatus
{
    [Id(0)] public required string Asin { get; init; }
    [Id(1)] public required IngestCounts Counts { get; init; }
    [Id(2)] public Observation? Latest { get; init; }
    [Id(3)] public int WindowCount { get; init; }
    [Id(4)] public DateTime? WindowStart { get; init; }
    [Id(5)] public DateTime? WindowEnd { get; init; }
    [Id(6)] public PeriodKind Period { get; init; }
    [Id(7)] public string? Currency { get; init; }
    [Id(8)] public string? Category { get; init; }
    [Id(9)] public IReadOnlyList<Rejection> RecentRejections { get; init; } = [];
    /// <summary>The silo the grain is active on (Orleans runtime identity), for operations and fault tests.</summary>
    [Id(10)] public string? HostedOn { get; init; }
}
