namespace ActorCluster.Analytics.Simulation;

/// <summary>
/// One simulated ASIN, producing its days on demand: the streaming form the simulation grains step through
/// on their virtual clock, and the source of the full series. Create it with <see cref="MarketSimulator.Asin"/>.
/// </summary>
/// <remarks>
/// <para>Everything random is drawn from generators seeded by (scenario seed, ASIN index) — the parameters
/// and schedules once, at creation; each day's noise from its own (seed, index, day) stream — so an ASIN's
/// series does not depend on how many other ASINs are generated, in which order or on which thread.</para>
/// <para>Cost: creation is O(<see cref="Days"/>) (scheduling); <see cref="Day"/> is O(1) when called with
/// increasing days (the grain's case). The only state carried from day to day is the review count, so
/// going back to an earlier day replays at most <see cref="CheckpointInterval"/> days from a checkpoint.</para>
/// <para><see cref="Day"/> is not thread-safe; <see cref="Simulate"/>, <see cref="ExpectedUnits"/> and the
/// properties are.</para>
/// </remarks>
public sealed partial class AsinSimulator
{
    /// <summary>Days between the review-state checkpoints <see cref="Day"/> replays from when going back.</summary>
    public const int CheckpointInterval = 32;

    private readonly List<ReviewState> _checkpoints = [];
    private ReviewState _state;
    private int _next;
    private SimulatedDay _last;

    /// <summary>The ASIN id, e.g. "S000000042".</summary>
    public string Asin { get; }

    /// <summary>The ASIN's index in the scenario.</summary>
    public int Index { get; }

    /// <summary>The category's name.</summary>
    public string Category => _category.Name;

    /// <summary>The category the ASIN belongs to.</summary>
    public CategoryMarket Market => _category;

    /// <summary>Number of days that can be produced (the scenario's <see cref="MarketScenario.Days"/>).</summary>
    public int Days { get; }

    /// <summary>The true parameters.</summary>
    public AsinTruth Truth { get; }

    /// <summary>The injected anomalies, ordered by start.</summary>
    public IReadOnlyList<AnomalyLabel> Labels { get; }

    /// <summary>Day <paramref name="t"/> (0 = the scenario's start), identical to <see cref="Simulate"/>'s entry t.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="t"/> is outside [0, <see cref="Days"/>).</exception>
    public SimulatedDay Day(int t)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(t);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(t, Days);
        if (t == _next - 1) return _last;
        if (t < _next)
        {
            int k = t / CheckpointInterval;
            (_state, _next) = (_checkpoints[k], k * CheckpointInterval);
        }
        for (; _next <= t; _next++)
        {
            if (_next % CheckpointInterval == 0 && _checkpoints.Count == _next / CheckpointInterval) _checkpoints.Add(_state);
            _last = Compute(_next, ref _state);
        }
        return _last;
    }

    /// <summary>
    /// The mean of the units distribution on day <paramref name="t"/>: every effect including the injected
    /// anomalies (a spike's factor applies to at least 1 unit), 0 during a stock-out. O(1), random access.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="t"/> is outside [0, <see cref="Days"/>).</exception>
    public double ExpectedUnits(int t)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(t);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(t, Days);
        return DriversOf(t).Mean;
    }

    /// <summary>True when a promotion runs on day <paramref name="t"/> or its pull-forward dip covers it.</summary>
    public bool NearPromotion(int t)
    {
        int promo = DaySpan.LastStartedBy(_promotions, t);
        return PromotionFactor(promo, promo >= 0 && t <= _promotions[promo].Last, t) != 1;
    }

    /// <summary>The whole series with its labels and truth.</summary>
    public SimulatedAsin Simulate()
    {
        var days = new SimulatedDay[Days];
        var state = _initialReviews;
        for (int t = 0; t < Days; t++) days[t] = Compute(t, ref state);
        return new SimulatedAsin(Asin, Category, Array.AsReadOnly(days), Labels, Truth);
    }
}
