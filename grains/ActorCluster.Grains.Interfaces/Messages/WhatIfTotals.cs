namespace ActorCluster;

/// <summary>Units and revenue over a what-if horizon: 10th, 50th and 90th percentiles over the simulated paths.</summary>
[GenerateSerializer, Immutable]
public sealed record WhatIfTotals
{
    /// <summary>Units: 10th, 50th and 90th percentiles.</summary>
    [Id(0)] public double UnitsP10 { get; init; } = double.NaN;
    [Id(1)] public double UnitsP50 { get; init; } = double.NaN;
    [Id(2)] public double UnitsP90 { get; init; } = double.NaN;
    /// <summary>Revenue (units × price, in the ASIN's base currency): 10th, 50th and 90th percentiles; NaN when the ASIN never had a price.</summary>
    [Id(3)] public double RevenueP10 { get; init; } = double.NaN;
    [Id(4)] public double RevenueP50 { get; init; } = double.NaN;
    [Id(5)] public double RevenueP90 { get; init; } = double.NaN;
}
