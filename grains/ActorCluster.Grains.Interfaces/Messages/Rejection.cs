namespace ActorCluster;

/// <summary>A rejected observation kept in the grain's bounded side output, with the reason.</summary>
[GenerateSerializer, Immutable]
public sealed record Rejection(
    [property: Id(0)] DateTime PeriodStart,
    [property: Id(1)] string Reason,
    [property: Id(2)] DateTime RejectedAt);
