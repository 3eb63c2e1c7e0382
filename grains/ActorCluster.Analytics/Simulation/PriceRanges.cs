namespace ActorCluster.Analytics.Simulation;

/// <summary>Ranges of the per-ASIN price parameters: own price path, elasticity and the competitor's price.</summary>
public sealed record PriceRanges
{
    /// <summary>Reference (launch list) price, drawn log-uniformly, &gt; 0. Default: [5, 150].</summary>
    public ParameterRange ReferencePrice { get; init; } = new(5, 150);

    /// <summary>Own-price elasticity e: units ∝ (price / reference)^e, −10 to 0. Default: [−3, −0.8].</summary>
    public ParameterRange Elasticity { get; init; } = new(-3, -0.8);

    /// <summary>Days between repricer adjustments (the price holds within a block), at least 1. Default: [1, 7].</summary>
    public ParameterRange RepricePeriodDays { get; init; } = new(1, 7);

    /// <summary>Standard deviation of the repricer's log-price adjustment, 0 to 0.5. Default: [0.01, 0.05].</summary>
    public ParameterRange RepriceJitter { get; init; } = new(0.01, 0.05);

    /// <summary>Expected permanent list-price changes per year, 0 to 50. Default: [0, 4].</summary>
    public ParameterRange ListPriceChangesPerYear { get; init; } = new(0, 4);

    /// <summary>Size of a list-price change (absolute log change, random sign), 0 to 1. Default: [0.03, 0.12].</summary>
    public ParameterRange ListPriceStep { get; init; } = new(0.03, 0.12);

    /// <summary>The competitor's reference price over ours, &gt; 0. Default: [0.85, 1.15].</summary>
    public ParameterRange CompetitorPriceRatio { get; init; } = new(0.85, 1.15);

    /// <summary>Cross-price elasticity γ: units ∝ (competitor price / its reference)^γ, 0 to 10. Default: [0.3, 1.2].</summary>
    public ParameterRange CrossElasticity { get; init; } = new(0.3, 1.2);

    /// <summary>Expected temporary competitor price moves per year, 0 to 50. Default: [2, 8].</summary>
    public ParameterRange CompetitorMovesPerYear { get; init; } = new(2, 8);

    /// <summary>Size of a competitor move (absolute log change, random sign), 0 to 1. Default: [0.03, 0.15].</summary>
    public ParameterRange CompetitorMoveSize { get; init; } = new(0.03, 0.15);

    /// <summary>Length of a competitor move in days, at least 1. Default: [7, 45].</summary>
    public ParameterRange CompetitorMoveDays { get; init; } = new(7, 45);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid range.</summary>
    public void Validate()
    {
        ReferencePrice.Validate(nameof(ReferencePrice), 1e-3, 1e7);
        Elasticity.Validate(nameof(Elasticity), -10, 0);
        RepricePeriodDays.Validate(nameof(RepricePeriodDays), 1, 365);
        RepriceJitter.Validate(nameof(RepriceJitter), 0, 0.5);
        ListPriceChangesPerYear.Validate(nameof(ListPriceChangesPerYear), 0, 50);
        ListPriceStep.Validate(nameof(ListPriceStep), 0, 1);
        CompetitorPriceRatio.Validate(nameof(CompetitorPriceRatio), 1e-3, 1e3);
        CrossElasticity.Validate(nameof(CrossElasticity), 0, 10);
        CompetitorMovesPerYear.Validate(nameof(CompetitorMovesPerYear), 0, 50);
        CompetitorMoveSize.Validate(nameof(CompetitorMoveSize), 0, 1);
        CompetitorMoveDays.Validate(nameof(CompetitorMoveDays), 1, 365);
    }
}
