namespace ActorCluster;

/// <summary>
/// A Monte Carlo what-if projection for one ASIN: units and revenue per period and in total (P10/P50/P90) under the
/// plan, the same without change for comparison, the plan's effect per path, and the effects and model it rests on.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record WhatIfView
{
    /// <summary>The normalised ASIN.</summary>
    [Id(0)] public required string Asin { get; init; }
    /// <summary>The forecast model projected from; null when there is none (no data, or too little history: see <see cref="Note"/>).</summary>
    [Id(1)] public string? Model { get; init; }
    /// <summary>False when the forecast's intervals are too wide (or there is no model): the projection is indicative only.</summary>
    [Id(2)] public bool Trusted { get; init; }
    /// <summary>The state of the forecast (or why there is no projection) and how it was simulated.</summary>
    [Id(3)] public string Note { get; init; } = "";
    /// <summary>Periods of history the ASIN holds; 0 means it has no data.</summary>
    [Id(4)] public int History { get; init; }
    /// <summary>The plan as applied.</summary>
    [Id(5)] public WhatIfPlan Plan { get; init; } = new();
    /// <summary>The last known price (the reference of the change) and the planned price; NaN when never priced.</summary>
    [Id(6)] public double ReferencePrice { get; init; } = double.NaN;
    [Id(7)] public double PlannedPrice { get; init; } = double.NaN;
    /// <summary>One entry per projected period, oldest first; empty when there is no projection.</summary>
    [Id(8)] public IReadOnlyList<WhatIfPeriod> Periods { get; init; } = [];
    /// <summary>Totals over the horizon under the plan.</summary>
    [Id(9)] public WhatIfTotals Totals { get; init; } = new();
    /// <summary>Totals with no change (no promotion, the last price), from the same random draws.</summary>
    [Id(10)] public WhatIfTotals Baseline { get; init; } = new();
    /// <summary>The plan's effect: plan minus baseline totals per path, as percentiles (not the difference of the percentiles).</summary>
    [Id(11)] public WhatIfTotals Change { get; init; } = new();
    /// <summary>Price elasticity used (estimated, or assumed 0 with the reason).</summary>
    [Id(12)] public WhatIfEffect Elasticity { get; init; } = new();
    /// <summary>Promotion uplift used as a multiplier (estimated, or assumed 1 with the reason).</summary>
    [Id(13)] public WhatIfEffect Uplift { get; init; } = new() { Value = 1 };
}
