namespace ActorCluster.Analytics.Simulation;

/// <summary>
/// The true parameters one ASIN was generated with, for checking what a model recovers. Expected units on
/// day t are BaseDemand × life cycle × weekly × yearly × holiday × (price/ReferencePrice)^Elasticity ×
/// (competitor price/CompetitorReferencePrice)^CrossElasticity × category share × promotion × anomaly.
/// </summary>
/// <param name="Index">The ASIN's index in the scenario.</param>
/// <param name="CategoryIndex">Index of its category.</param>
/// <param name="Intermittent">True for an intermittent low seller.</param>
/// <param name="BaseDemand">Mean units per day at maturity and the reference price.</param>
/// <param name="Dispersion">Negative-binomial size r: variance = μ + μ²/r.</param>
/// <param name="WeeklyProfile">Demand factor per <see cref="DayOfWeek"/> (index 0 = Sunday), mean 1.</param>
/// <param name="YearlyAmplitude">Amplitude of the category's yearly seasonality.</param>
/// <param name="YearlyPeakDay">Day of the year of the seasonal peak.</param>
/// <param name="HolidaySensitivity">Holiday sensitivity s (see <see cref="DemandRanges.HolidaySensitivity"/>).</param>
/// <param name="LifeCycle">The life-cycle phases.</param>
/// <param name="ReferencePrice">The reference (launch list) price.</param>
/// <param name="Elasticity">Own-price elasticity.</param>
/// <param name="RepricePeriodDays">Days between repricer adjustments.</param>
/// <param name="CompetitorReferencePrice">The competitor's reference price.</param>
/// <param name="CrossElasticity">Cross-price elasticity to the competitor's price.</param>
/// <param name="PromotionUplift">Demand factor during a promotion beyond its price effect.</param>
/// <param name="PromotionDiscount">Price cut during a promotion.</param>
/// <param name="PullForwardBefore">Demand lost on each of the <paramref name="PullForwardBeforeDays"/> days before a promotion.</param>
/// <param name="PullForwardBeforeDays">Days of the dip before a promotion.</param>
/// <param name="PullForwardAfter">Demand lost on the first day after a promotion, fading linearly over <paramref name="PullForwardAfterDays"/>.</param>
/// <param name="PullForwardAfterDays">Days of the dip after a promotion.</param>
/// <param name="RankScale">Rank power law a (the category's): rank = a·units^−b.</param>
/// <param name="RankExponent">Rank power law b (the category's).</param>
/// <param name="RankNoise">Standard deviation of the log-normal rank noise (the category's).</param>
/// <param name="ReviewsPerUnit">Expected new reviews per unit sold.</param>
/// <param name="TrueRating">The star rating the average converges to.</param>
public sealed record AsinTruth(
    int Index,
    int CategoryIndex,
    bool Intermittent,
    double BaseDemand,
    double Dispersion,
    IReadOnlyList<double> WeeklyProfile,
    double YearlyAmplitude,
    double YearlyPeakDay,
    double HolidaySensitivity,
    LifeCyclePhases LifeCycle,
    double ReferencePrice,
    double Elasticity,
    int RepricePeriodDays,
    double CompetitorReferencePrice,
    double CrossElasticity,
    double PromotionUplift,
    double PromotionDiscount,
    double PullForwardBefore,
    int PullForwardBeforeDays,
    double PullForwardAfter,
    int PullForwardAfterDays,
    double RankScale,
    double RankExponent,
    double RankNoise,
    double ReviewsPerUnit,
    double TrueRating);
