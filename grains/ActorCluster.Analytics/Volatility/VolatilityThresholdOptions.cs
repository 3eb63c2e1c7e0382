namespace ActorCluster.Analytics.Volatility;

/// <summary>Settings of a <see cref="VolatilityThreshold"/>; every default is stated once, here (MISSION §5).</summary>
public sealed class VolatilityThresholdOptions
{
    /// <summary>Short rolling window. Default 20.</summary>
    public int ShortWindow { get; init; } = 20;

    /// <summary>Medium rolling window. Default 60.</summary>
    public int MediumWindow { get; init; } = 60;

    /// <summary>Long rolling window; also the sample GARCH is re-estimated on. Default 250.</summary>
    public int LongWindow { get; init; } = 250;

    /// <summary>Log-changes needed before a threshold is published. Default 20.</summary>
    public int WarmupChanges { get; init; } = 20;

    /// <summary>Coverage of the quantile whose upper bound is the trigger. Default 0.99.</summary>
    public double Quantile { get; init; } = 0.99;

    /// <summary>
    /// True (default): the trigger is the upper bound of the central <see cref="Quantile"/> interval,
    /// <c>z = Φ⁻¹(1 − (1 − q)/2)</c> = 2.5758 for 99%, applied to <c>|change − μ|</c>.
    /// False: the one-sided <c>z = Φ⁻¹(q)</c> = 2.3263.
    /// </summary>
    public bool TwoSided { get; init; } = true;

    /// <summary>Hysteresis buffer: leave the "above" state only below (1 − buffer) × trigger. Default 0.10.</summary>
    public double Buffer { get; init; } = 0.10;

    /// <summary>Floor the dynamic layer at the ATR's σ-equivalent (gap correction). Default true.</summary>
    public bool GapCorrection { get; init; } = true;

    /// <summary>Wilder ATR period. Default 14.</summary>
    public int AtrPeriod { get; init; } = 14;

    /// <summary>Window of the entropy weight method. Default 20.</summary>
    public int EntropyWindow { get; init; } = 20;

    /// <summary>Window of the efficiency ratio that detects the regime. Default 20.</summary>
    public int RegimeWindow { get; init; } = 20;

    /// <summary>Efficiency ratio at or above which the regime is trending. Default 0.4 (about twice a random walk's).</summary>
    public double TrendingAt { get; init; } = 0.4;

    /// <summary>Recent-layer weight range in a trending regime. Defaults 0.60 and 0.80.</summary>
    public double TrendingRecentMin { get; init; } = 0.60;

    /// <inheritdoc cref="TrendingRecentMin"/>
    public double TrendingRecentMax { get; init; } = 0.80;

    /// <summary>Recent-layer weight range in a choppy regime. Defaults 0.45 and 0.55.</summary>
    public double ChoppyRecentMin { get; init; } = 0.45;

    /// <inheritdoc cref="ChoppyRecentMin"/>
    public double ChoppyRecentMax { get; init; } = 0.55;

    /// <summary>Minimum sample for a GARCH fit; until then the short rolling σ stands in. Default 100.</summary>
    public int GarchMinObservations { get; init; } = 100;

    /// <summary>Periods between GARCH re-estimations (monthly for daily data). Default 30.</summary>
    public int RefitEvery { get; init; } = 30;

    /// <summary>Recent-layer weight removed by one feedback step. Default 0.05 (5 percentage points).</summary>
    public double FeedbackStep { get; init; } = 0.05;

    /// <summary>The feedback rule never lowers the recent-layer weight below this. Default 0.10.</summary>
    public double MinRecentWeight { get; init; } = 0.10;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ShortWindow, 2, nameof(ShortWindow));
        ArgumentOutOfRangeException.ThrowIfLessThan(MediumWindow, ShortWindow, nameof(MediumWindow));
        ArgumentOutOfRangeException.ThrowIfLessThan(LongWindow, MediumWindow, nameof(LongWindow));
        ArgumentOutOfRangeException.ThrowIfLessThan(WarmupChanges, 2, nameof(WarmupChanges));
        Open01(Quantile, nameof(Quantile));
        if (!(Buffer >= 0 && Buffer < 1)) throw new ArgumentOutOfRangeException(nameof(Buffer), Buffer, "must be in [0, 1)");
        ArgumentOutOfRangeException.ThrowIfLessThan(AtrPeriod, 1, nameof(AtrPeriod));
        ArgumentOutOfRangeException.ThrowIfLessThan(EntropyWindow, 2, nameof(EntropyWindow));
        ArgumentOutOfRangeException.ThrowIfLessThan(RegimeWindow, 2, nameof(RegimeWindow));
        Open01(TrendingAt, nameof(TrendingAt));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(TrendingRecentMin, TrendingRecentMax, nameof(TrendingRecentMin));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ChoppyRecentMin, ChoppyRecentMax, nameof(ChoppyRecentMin));
        ArgumentOutOfRangeException.ThrowIfLessThan(GarchMinObservations, 10, nameof(GarchMinObservations));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(GarchMinObservations, LongWindow, nameof(GarchMinObservations));
        ArgumentOutOfRangeException.ThrowIfLessThan(RefitEvery, 1, nameof(RefitEvery));
        Open01(FeedbackStep, nameof(FeedbackStep));
        if (!(MinRecentWeight >= 0 && MinRecentWeight <= ChoppyRecentMin && MinRecentWeight <= TrendingRecentMin))
            throw new ArgumentOutOfRangeException(nameof(MinRecentWeight), MinRecentWeight, "must be in [0, the smallest regime minimum]");
    }

    private static void Open01(double value, string name)
    {
        if (!(value > 0 && value < 1)) throw new ArgumentOutOfRangeException(name, value, "must be in (0, 1)");
    }
}
