namespace ActorCluster.Analytics.Forecasting.WhatIf;

/// <summary>
/// What a what-if simulation needs: the model's predictive distribution per step, the reference price, the plan
/// (one relative price change for the whole horizon, promotion flags per step), how units respond, and the
/// number of paths and the seed.
/// </summary>
public sealed record WhatIfScenario
{
    /// <summary>Paths simulated unless told otherwise (2,000: percentiles to about ±1.5% of the spread).</summary>
    public const int DefaultPaths = 2000;

    /// <summary>The model's point forecast and spread per step under no change (no promotion, the reference price).</summary>
    public required PredictiveSpread Baseline { get; init; }

    /// <summary>The last known price, to which the change applies; NaN (never priced) leaves revenue NaN.</summary>
    public required double ReferencePrice { get; init; }

    /// <summary>Relative price change for every step, e.g. −0.10 for a 10% cut; must be above −1.</summary>
    public double PriceChange { get; init; }

    /// <summary>Promotion flag per step (length <see cref="PredictiveSpread.Horizon"/>); empty means none.</summary>
    public bool[] Promotion { get; init; } = [];

    /// <summary>Price elasticity and promotion uplift with their uncertainty.</summary>
    public required DemandResponse Response { get; init; }

    /// <summary>Number of sample paths (default <see cref="DefaultPaths"/>), at least 1.</summary>
    public int Paths { get; init; } = DefaultPaths;

    /// <summary>Seed of the generator: the same scenario and seed give the same projection.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>The price in every step of the plan.</summary>
    public double PlannedPrice => ReferencePrice * (1 + PriceChange);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first unusable input.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Baseline);
        ArgumentNullException.ThrowIfNull(Response);
        ArgumentNullException.ThrowIfNull(Promotion);
        if (Baseline.Horizon < 1) throw new ArgumentException("the baseline covers no steps", nameof(Baseline));
        if (Baseline.Below.Length != Baseline.Horizon || Baseline.Above.Length != Baseline.Horizon)
            throw new ArgumentException("the baseline's mean and spreads must have the same length", nameof(Baseline));
        if (Promotion.Length != 0 && Promotion.Length != Baseline.Horizon)
            throw new ArgumentException($"promotion has {Promotion.Length} flags for {Baseline.Horizon} steps", nameof(Promotion));
        if (!double.IsFinite(PriceChange) || PriceChange <= -1) throw new ArgumentException($"price change {PriceChange} must be finite and above -1", nameof(PriceChange));
        if (Paths < 1) throw new ArgumentException($"paths must be at least 1, was {Paths}", nameof(Paths));
        foreach (var e in (AssumedEffect[])[Response.Elasticity, Response.LogUplift])
            if (!double.IsFinite(e.Value) || !double.IsFinite(e.Spread) || e.Spread < 0)
                throw new ArgumentException($"effect {e.Value} ± {e.Spread} is not usable", nameof(Response));
    }
}
