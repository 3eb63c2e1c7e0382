namespace ActorCluster.Analytics.Simulation;

/// <summary>Ranges of the per-ASIN demand parameters: level, noise, weekly profile, life cycle, stock-outs and reviews.</summary>
public sealed record DemandRanges
{
    /// <summary>Mean units per day at maturity and the reference price, drawn log-uniformly, &gt; 0. Default: [2, 300].</summary>
    public ParameterRange BaseDemand { get; init; } = new(2, 300);

    /// <summary>The same for intermittent low sellers, drawn log-uniformly, &gt; 0. Default: [0.05, 0.8].</summary>
    public ParameterRange IntermittentDemand { get; init; } = new(0.05, 0.8);

    /// <summary>Negative-binomial size r (variance = μ + μ²/r), drawn log-uniformly, &gt; 0. Default: [3, 50].</summary>
    public ParameterRange Dispersion { get; init; } = new(3, 50);

    /// <summary>Spread of the day-of-week profile (about the standard deviation of its logarithm), 0 to 1. Default: [0.03, 0.15].</summary>
    public ParameterRange WeeklyAmplitude { get; init; } = new(0.03, 0.15);

    /// <summary>Holiday sensitivity s: Prime Day lifts demand by 1 + 2.5s, Prime Big Deal Days 1 + 1.5s, Black Friday 1 + 2s, Cyber Monday 1 + 1.5s, the Christmas run-up (Dec 15–24) 1 + 0.6s, Christmas Day 1 − 0.4s; 0 to 5. Default: [0, 1].</summary>
    public ParameterRange HolidaySensitivity { get; init; } = new(0, 1);

    /// <summary>Product age (days since launch) on the first simulated day, 0 to 36,500. Default: [0, 720].</summary>
    public ParameterRange AgeAtStart { get; init; } = new(0, 720);

    /// <summary>Length of the introduction phase in days, at least 1. Default: [14, 60].</summary>
    public ParameterRange IntroductionDays { get; init; } = new(14, 60);

    /// <summary>Length of the growth phase in days, at least 8. Default: [30, 150].</summary>
    public ParameterRange GrowthDays { get; init; } = new(30, 150);

    /// <summary>Length of the maturity phase in days, at least 0. Default: [90, 540].</summary>
    public ParameterRange MaturityDays { get; init; } = new(90, 540);

    /// <summary>Half-life of demand in the decline phase, in days, &gt; 0. Default: [60, 360].</summary>
    public ParameterRange DeclineHalfLife { get; init; } = new(60, 360);

    /// <summary>Demand during introduction as a share of the mature level, (0, 1]. Default: [0.05, 0.15].</summary>
    public ParameterRange IntroductionLevel { get; init; } = new(0.05, 0.15);

    /// <summary>Expected stock-outs per year, 0 to 50. Default: [0, 3].</summary>
    public ParameterRange StockOutsPerYear { get; init; } = new(0, 3);

    /// <summary>Length of a stock-out in days, at least 1. Default: [2, 10].</summary>
    public ParameterRange StockOutDays { get; init; } = new(2, 10);

    /// <summary>Expected new reviews per unit sold, 0 to 1. Default: [0.005, 0.03].</summary>
    public ParameterRange ReviewsPerUnit { get; init; } = new(0.005, 0.03);

    /// <summary>The product's true star rating, which the average rating converges to, 1 to 5. Default: [3.3, 4.8].</summary>
    public ParameterRange Rating { get; init; } = new(3.3, 4.8);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid range.</summary>
    public void Validate()
    {
        BaseDemand.Validate(nameof(BaseDemand), 1e-6, 1e7);
        IntermittentDemand.Validate(nameof(IntermittentDemand), 1e-6, 1e7);
        Dispersion.Validate(nameof(Dispersion), 1e-3, 1e9);
        WeeklyAmplitude.Validate(nameof(WeeklyAmplitude), 0, 1);
        HolidaySensitivity.Validate(nameof(HolidaySensitivity), 0, 5);
        AgeAtStart.Validate(nameof(AgeAtStart), 0, 36_500);
        IntroductionDays.Validate(nameof(IntroductionDays), 1, 36_500);
        GrowthDays.Validate(nameof(GrowthDays), 8, 36_500);
        MaturityDays.Validate(nameof(MaturityDays), 0, 36_500);
        DeclineHalfLife.Validate(nameof(DeclineHalfLife), 1e-3, 1e6);
        IntroductionLevel.Validate(nameof(IntroductionLevel), 1e-6, 1);
        StockOutsPerYear.Validate(nameof(StockOutsPerYear), 0, 50);
        StockOutDays.Validate(nameof(StockOutDays), 1, 365);
        ReviewsPerUnit.Validate(nameof(ReviewsPerUnit), 0, 1);
        Rating.Validate(nameof(Rating), 1, 5);
    }
}
