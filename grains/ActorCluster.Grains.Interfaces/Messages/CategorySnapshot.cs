namespace ActorCluster;

/// <summary>A category's figures over the ASINs that reported recently.</summary>
[GenerateSerializer, Immutable]
public sealed record CategorySnapshot(
    [property: Id(0)] string Category,
    [property: Id(1)] int Asins,
    [property: Id(2)] double MeanPrice,
    [property: Id(3)] double TotalUnits,
    [property: Id(4)] DateTime AsOf,
    [property: Id(5)] IReadOnlyList<SnoozeView>? Snoozes = null);
