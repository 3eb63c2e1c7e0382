namespace ActorCluster.Analytics.Simulation;

/// <summary>Ranges of the per-category parameters, shared by every ASIN of a category.</summary>
public sealed record CategoryRanges
{
    /// <summary>Amplitude of the yearly seasonality (demand × 1 + A·cos(2π(day − peak)/365.25)), 0 to 0.9. Default: [0, 0.3].</summary>
    public ParameterRange YearlyAmplitude { get; init; } = new(0, 0.3);

    /// <summary>Daily units of the category's best seller (rank 1), drawn log-uniformly, &gt; 0. Default: [2,000, 50,000].</summary>
    public ParameterRange TopSellerUnits { get; init; } = new(2_000, 50_000);

    /// <summary>Exponent b of the rank power law rank = a·units^−b, &gt; 0. Default: [1, 1.4].</summary>
    public ParameterRange RankExponent { get; init; } = new(1, 1.4);

    /// <summary>Standard deviation of the log-normal noise on the rank, 0 to 2. Default: [0.05, 0.2].</summary>
    public ParameterRange RankNoise { get; init; } = new(0.05, 0.2);

    /// <summary>Expected competitor price wars per year, 0 to 20. Default: [0, 2].</summary>
    public ParameterRange PriceWarsPerYear { get; init; } = new(0, 2);

    /// <summary>Competitor price cut during a price war, as a fraction, 0 to 0.9. Default: [0.1, 0.3].</summary>
    public ParameterRange PriceWarDepth { get; init; } = new(0.1, 0.3);

    /// <summary>Length of a price war in days, at least 1. Default: [14, 45].</summary>
    public ParameterRange PriceWarDays { get; init; } = new(14, 45);

    /// <summary>Expected new entrants per year, 0 to 20. Default: [0, 2].</summary>
    public ParameterRange NewEntrantsPerYear { get; init; } = new(0, 2);

    /// <summary>Share of demand a new entrant takes from every ASIN of the category (reached over 14 days), 0 to 0.9. Default: [0.05, 0.25].</summary>
    public ParameterRange NewEntrantShareLoss { get; init; } = new(0.05, 0.25);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid range.</summary>
    public void Validate()
    {
        YearlyAmplitude.Validate(nameof(YearlyAmplitude), 0, 0.9);
        TopSellerUnits.Validate(nameof(TopSellerUnits), 1e-3, 1e9);
        RankExponent.Validate(nameof(RankExponent), 1e-3, 10);
        RankNoise.Validate(nameof(RankNoise), 0, 2);
        PriceWarsPerYear.Validate(nameof(PriceWarsPerYear), 0, 20);
        PriceWarDepth.Validate(nameof(PriceWarDepth), 0, 0.9);
        PriceWarDays.Validate(nameof(PriceWarDays), 1, 365);
        NewEntrantsPerYear.Validate(nameof(NewEntrantsPerYear), 0, 20);
        NewEntrantShareLoss.Validate(nameof(NewEntrantShareLoss), 0, 0.9);
    }
}
