namespace ActorCluster.Analytics.Simulation;

/// <summary>
/// What the market simulator generates: how many categories and ASINs, which days, the seed, the anomaly
/// rate and the ranges every per-ASIN and per-category parameter is drawn from. Immutable; change it with
/// <c>with</c>. The same scenario always produces the same series (on the same runtime and platform).
/// </summary>
public sealed record MarketScenario
{
    /// <summary>Number of categories, at least 1; ASIN <c>i</c> belongs to category <c>i mod Categories</c>. Default: 8.</summary>
    public int Categories { get; init; } = 8;

    /// <summary>Number of ASINs, 1 to 999,999,999 (the ids have nine digits). Default: 200.</summary>
    public int Asins { get; init; } = 200;

    /// <summary>The first simulated day, a UTC midnight. Default: 2024-01-01.</summary>
    public DateTime Start { get; init; } = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Number of simulated days, 1 to 36,500. Default: 400.</summary>
    public int Days { get; init; } = 400;

    /// <summary>The seed every random draw derives from. Default: 1.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Expected labelled anomalies per ASIN-day after the warm-up, 0 to 0.1. Default: 0.005 (about 1.8 per ASIN-year).</summary>
    public double AnomalyRate { get; init; } = 0.005;

    /// <summary>Days at the start kept free of anomalies, so a monitor has history first, at least 0. Default: 30.</summary>
    public int AnomalyWarmupDays { get; init; } = 30;

    /// <summary>
    /// The extreme scenario: on top of <see cref="AnomalyRate"/>, <see cref="AnomalyKind.ExtremeMove"/>s
    /// (single-period moves of units or price above 15%) at <see cref="ExtremeMoveRate"/>. Default: false.
    /// </summary>
    public bool Extreme { get; init; }

    /// <summary>Extra extreme moves per ASIN-day when <see cref="Extreme"/> is set, 0 to 0.2. Default: 0.02.</summary>
    public double ExtremeMoveRate { get; init; } = 0.02;

    /// <summary>Share of ASINs that are intermittent low sellers (peak mean from <see cref="DemandRanges.IntermittentDemand"/>), 0 to 1. Default: 0.15.</summary>
    public double IntermittentShare { get; init; } = 0.15;

    /// <summary>Ranges of the demand, life-cycle, stock and review parameters.</summary>
    public DemandRanges Demand { get; init; } = new();

    /// <summary>Ranges of the own and competitor price parameters.</summary>
    public PriceRanges Price { get; init; } = new();

    /// <summary>Ranges of the promotion parameters.</summary>
    public PromotionRanges Promotion { get; init; } = new();

    /// <summary>Ranges of the category parameters (seasonality, rank power law, price wars, entrants).</summary>
    public CategoryRanges Category { get; init; } = new();

    /// <summary>Ranges of the injected anomalies' sizes and lengths.</summary>
    public AnomalyRanges Anomaly { get; init; } = new();

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (Categories < 1) throw new ArgumentException($"Categories must be at least 1, got {Categories}", nameof(Categories));
        if (Asins is < 1 or > 999_999_999) throw new ArgumentException($"Asins must be 1 to 999,999,999, got {Asins}", nameof(Asins));
        if (Start.TimeOfDay != TimeSpan.Zero || Start.Kind == DateTimeKind.Local)
            throw new ArgumentException($"Start must be a UTC (or unspecified) midnight, got {Start:O}", nameof(Start));
        if (Days is < 1 or > 36_500) throw new ArgumentException($"Days must be 1 to 36,500, got {Days}", nameof(Days));
        if (Start.AddDays(Days) > DateTime.MaxValue.AddYears(-2)) throw new ArgumentException("Start + Days is too late", nameof(Days));
        if (!(AnomalyRate is >= 0 and <= 0.1)) throw new ArgumentException($"AnomalyRate must be 0 to 0.1, got {AnomalyRate}", nameof(AnomalyRate));
        if (AnomalyWarmupDays < 0) throw new ArgumentException("AnomalyWarmupDays must not be negative", nameof(AnomalyWarmupDays));
        if (!(ExtremeMoveRate is >= 0 and <= 0.2)) throw new ArgumentException($"ExtremeMoveRate must be 0 to 0.2, got {ExtremeMoveRate}", nameof(ExtremeMoveRate));
        if (!(IntermittentShare is >= 0 and <= 1)) throw new ArgumentException($"IntermittentShare must be 0 to 1, got {IntermittentShare}", nameof(IntermittentShare));
        ArgumentNullException.ThrowIfNull(Demand);
        ArgumentNullException.ThrowIfNull(Price);
        ArgumentNullException.ThrowIfNull(Promotion);
        ArgumentNullException.ThrowIfNull(Category);
        ArgumentNullException.ThrowIfNull(Anomaly);
        Demand.Validate();
        Price.Validate();
        Promotion.Validate();
        Category.Validate();
        Anomaly.Validate();
    }
}
