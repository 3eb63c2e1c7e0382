namespace ActorCluster.Analytics.Simulation;

/// <summary>
/// Ranges of the per-ASIN promotion parameters. A promotion cuts the price by the discount and lifts demand
/// by the uplift on top of the price effect; customers who wait for it (before) or have stocked up (after)
/// make the pull-forward dip around it.
/// </summary>
public sealed record PromotionRanges
{
    /// <summary>Expected promotions per year, 0 to 50. Default: [3, 10].</summary>
    public ParameterRange PerYear { get; init; } = new(3, 10);

    /// <summary>Length of a promotion in days, at least 1. Default: [2, 7].</summary>
    public ParameterRange Days { get; init; } = new(2, 7);

    /// <summary>Price cut during a promotion, as a fraction, 0 to 0.95. Default: [0.1, 0.35].</summary>
    public ParameterRange Discount { get; init; } = new(0.1, 0.35);

    /// <summary>Demand multiplier of the promotion beyond its price effect (badge, visibility), 1 to 100. Default: [1.2, 2].</summary>
    public ParameterRange Uplift { get; init; } = new(1.2, 2);

    /// <summary>Demand lost in the days before a promotion, as a fraction, 0 to 0.95. Default: [0.05, 0.25].</summary>
    public ParameterRange DipBefore { get; init; } = new(0.05, 0.25);

    /// <summary>Demand lost on the first day after a promotion (fading linearly to 0), as a fraction, 0 to 0.95. Default: [0.1, 0.4].</summary>
    public ParameterRange DipAfter { get; init; } = new(0.1, 0.4);

    /// <summary>Days of the dip before a promotion, 0 to 60. Default: [3, 7].</summary>
    public ParameterRange DaysBefore { get; init; } = new(3, 7);

    /// <summary>Days of the dip after a promotion, 0 to 60. Default: [5, 14].</summary>
    public ParameterRange DaysAfter { get; init; } = new(5, 14);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid range.</summary>
    public void Validate()
    {
        PerYear.Validate(nameof(PerYear), 0, 50);
        Days.Validate(nameof(Days), 1, 90);
        Discount.Validate(nameof(Discount), 0, 0.95);
        Uplift.Validate(nameof(Uplift), 1, 100);
        DipBefore.Validate(nameof(DipBefore), 0, 0.95);
        DipAfter.Validate(nameof(DipAfter), 0, 0.95);
        DaysBefore.Validate(nameof(DaysBefore), 0, 60);
        DaysAfter.Validate(nameof(DaysAfter), 0, 60);
    }
}
