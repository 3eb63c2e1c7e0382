namespace ActorCluster;

/// <summary>One projected period of a what-if: the plan in force, units and revenue percentiles, and the baseline median.</summary>
[GenerateSerializer, Immutable]
public sealed record WhatIfPeriod
{
    /// <summary>Start of the period (UTC).</summary>
    [Id(0)] public DateTime Period { get; init; }
    /// <summary>Step ahead, 1 = the next period.</summary>
    [Id(1)] public int Step { get; init; }
    /// <summary>True when the plan runs a promotion in this period.</summary>
    [Id(2)] public bool Promotion { get; init; }
    /// <summary>The planned price of the period.</summary>
    [Id(3)] public double Price { get; init; } = double.NaN;
    /// <summary>Units under the plan: 10th, 50th and 90th percentiles.</summary>
    [Id(4)] public double UnitsP10 { get; init; }
    [Id(5)] public double UnitsP50 { get; init; }
    [Id(6)] public double UnitsP90 { get; init; }
    /// <summary>Revenue under the plan (units × <see cref="Price"/>): 10th, 50th and 90th percentiles.</summary>
    [Id(7)] public double RevenueP10 { get; init; } = double.NaN;
    [Id(8)] public double RevenueP50 { get; init; } = double.NaN;
    [Id(9)] public double RevenueP90 { get; init; } = double.NaN;
    /// <summary>Median units with no change (no promotion, the last price), for comparison.</summary>
    [Id(10)] public double BaselineUnitsP50 { get; init; }
}
