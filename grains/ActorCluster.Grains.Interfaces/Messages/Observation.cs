namespace ActorCluster;

/// <summary>
/// One ASIN's figures for one period. Every measurement is optional: a missing value is null,
/// never zero. <see cref="PeriodStart"/> is UTC and is aligned down to the ASIN's period by the grain.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Observation
{
    [Id(0)] public required DateTime PeriodStart { get; init; }
    [Id(1)] public double? Units { get; init; }
    [Id(2)] public double? Price { get; init; }
    /// <summary>ISO-4217 code, e.g. "USD"; null means the ASIN's currency.</summary>
    [Id(3)] public string? Currency { get; init; }
    /// <summary>Best-seller rank (BSR): 1 is best.</summary>
    [Id(4)] public long? SalesRank { get; init; }
    [Id(5)] public string? Category { get; init; }
    [Id(6)] public int? Reviews { get; init; }
    /// <summary>Average star rating, 0 to 5.</summary>
    [Id(7)] public double? Rating { get; init; }
    [Id(8)] public bool? InStock { get; init; }
    [Id(9)] public bool? Promotion { get; init; }
    [Id(10)] public double? CompetitorPrice { get; init; }
}
