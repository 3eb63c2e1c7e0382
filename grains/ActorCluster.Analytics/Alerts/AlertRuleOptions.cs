namespace ActorCluster.Analytics.Alerts;

/// <summary>
/// Every line of the alert rules (MISSION §6), with its default. A record, so a per-ASIN override is
/// <c>defaults with { FireAfter = 1 }</c>. Call <see cref="Validate"/> before use; the lifecycle does.
/// </summary>
public sealed record AlertRuleOptions
{
    /// <summary>Units above this multiple of their 20-period mean raise <see cref="SignalKind.UnitsSurge"/>. Default 1.5.</summary>
    public double UnitsSurgeRatio { get; init; } = 1.5;

    /// <summary>RSI above this raises an RSI signal (overbought). Default 70.</summary>
    public double RsiHigh { get; init; } = 70;

    /// <summary>RSI below this raises an RSI signal (oversold). Default 30.</summary>
    public double RsiLow { get; init; } = 30;

    /// <summary>A price log-move wider than this multiple of the price ATR (log units) leaves the ATR band. Default 2.</summary>
    public double AtrBandMultiple { get; init; } = 2.0;

    /// <summary>A sales-rank log-change above this (rank got worse) is a rank jump. Default ln 1.5 ≈ 0.405 (rank 50% worse).</summary>
    public double SalesRankJumpLogChange { get; init; } = Math.Log(1.5);

    /// <summary>Zero units count as a stock-out when the previous period sold at least this many. Default 1.</summary>
    public double StockOutMinPreviousUnits { get; init; } = 1;

    /// <summary>
    /// Zero units count as a stock-out only when the 20-period mean is at least this (default 5: a zero day then has
    /// a Poisson chance under 1%); intermittent sellers' zero days raise nothing.
    /// </summary>
    public double StockOutMinMeanUnits { get; init; } = 5;

    /// <summary>The residual band is this many residual scales (z of the two-sided 99% interval). Default 2.5758.</summary>
    public double ResidualSigmas { get; init; } = 2.5758;

    /// <summary>
    /// Hysteresis buffer: a signal enters beyond its line and stays until its value falls under
    /// (1 − buffer) × line. Default 0.10 (the 10% band of MISSION §5).
    /// </summary>
    public double HysteresisBuffer { get; init; } = 0.10;

    /// <summary>Prior probability that a period is anomalous, before any signal. Default 0.035.</summary>
    public double PriorProbability { get; init; } = 0.035;

    /// <summary>Likelihoods per signal (see <see cref="DefaultLikelihoods"/>); a kind missing here adds no evidence.</summary>
    public IReadOnlyDictionary<SignalKind, SignalLikelihood> Likelihoods { get; init; } = DefaultLikelihoods;

    /// <summary>Nothing fires below this composite probability. Default 0.75.</summary>
    public double MinProbability { get; init; } = 0.75;

    /// <summary>A composite probability above this is red. Default 0.90.</summary>
    public double RedProbability { get; init; } = 0.90;

    /// <summary>Secondary signals needed, with a primary one, for orange. Default 2.</summary>
    public int OrangeMinSecondary { get; init; } = 2;

    /// <summary>
    /// A period whose strongest primary signal is at least this multiple of its line fires at once, without waiting for
    /// the debounce: one-day spikes and price steps qualify once, and the M-of-N rule never confirmed them. 0 disables.
    /// Default 1.5 (chosen on the training seeds 1–5 among 1.5, 1.75 and 2: orange capture 58.5%, 55.3%, 53.7% at a
    /// false-alarm rate of 73% each, though with more alerts per ASIN-day at 1.5).
    /// </summary>
    public double FireAtOnceMargin { get; init; } = 1.5;

    /// <summary>A period above <see cref="RedProbability"/> fires at once, without waiting for the debounce. Default true.</summary>
    public bool FireAtOnceAboveRed { get; init; } = true;

    /// <summary>
    /// Count noise: the units signals (threshold, residual, surge) and the sales-rank ones (threshold, jump; the rank is
    /// read off the units) count only when the units differ from their 20-period mean μ by more than this many Poisson
    /// deviations √μ (μ at least 1). Sellers of a few units a day move by 50% on chance alone; Poisson is the least noise a
    /// count can have, so the guard hides only moves that chance alone makes. 0 disables. Default 2 (chosen on the
    /// training seeds 1–5: false alarms per 1,000 ASIN-days 9.6 with 0, 7.6 with 2, 7.2 with 3; orange capture 58%, 54%, 52%).
    /// </summary>
    public double UnitsNoiseSigmas { get; init; } = 2;

    /// <summary>
    /// A price log-move smaller than this raises neither the price threshold nor the ATR band: repricers and list-price
    /// updates move prices a few percent all the time, and on a steady price such a move still scores beyond the 99%
    /// line. Default ln 1.1 ≈ 0.0953 (a 10% move; on the training seeds 1–5 it cut false alarms per 1,000 ASIN-days from
    /// 7.5 to 6.7 for 1.2 points of orange capture); 0 disables.
    /// </summary>
    public double MinPriceMove { get; init; } = Math.Log(1.1);

    /// <summary>
    /// How long after a reported promotion fewer units and a worse rank are explained by its pull-forward dip
    /// (customers who stocked up during the deal). Default 14 days; zero disables.
    /// </summary>
    public TimeSpan PromotionDip { get; init; } = TimeSpan.FromDays(14);

    /// <summary>Retail events of the calendar (Prime Day, Black Friday, Christmas) explain the demand moves they bring. Default true.</summary>
    public bool ExplainCalendarEvents { get; init; } = true;

    /// <summary>Days after a retail event during which demand moves are still explained by it (the way back). Default 2.</summary>
    public int CalendarEventAfterDays { get; init; } = 2;

    /// <summary>
    /// A retail event explains units up to this multiple of their 20-period mean (and down to its inverse); a larger move
    /// on Prime Day is still an anomaly. Default 4 (the simulator's strongest lift is 3.5×, Prime Day at full sensitivity).
    /// </summary>
    public double CalendarEventMaxLift { get; init; } = 4;

    /// <summary>Debounce: an alert fires once M = this many of the last <see cref="FireWindow"/> periods qualified. Default 2.</summary>
    public int FireAfter { get; init; } = 2;

    /// <summary>Debounce window N in periods. Default 3.</summary>
    public int FireWindow { get; init; } = 3;

    /// <summary>A firing alert resolves after this many consecutive periods without qualifying. Default 2.</summary>
    public int ResolveAfter { get; init; } = 2;

    /// <summary>Transitions kept per ASIN (oldest dropped first). Default 200.</summary>
    public int HistoryLength { get; init; } = 200;

    /// <summary>How long after firing an alert is watched for a significant move (feedback). Default 24 hours.</summary>
    public TimeSpan WatchPeriod { get; init; } = TimeSpan.FromHours(24);

    /// <summary>A move is significant when a primary metric scores at least this fraction of its threshold. Default 0.5.</summary>
    public double SignificantFraction { get; init; } = 0.5;

    /// <summary>Alerts in a row without a significant move that lower the dynamic layer's weight. Default 3.</summary>
    public int FeedbackRunLength { get; init; } = 3;

    /// <summary>
    /// Defaults chosen so that one primary signal alone gives ≈ 0.78 (yellow), a primary with weak secondaries of other
    /// quantities ≈ 0.84–0.87 (orange), primaries of two quantities (units and price, say) &gt; 0.90 (red); a stock-out
    /// alone ≈ 0.78. Signals of one quantity do not stack (<see cref="CompositeProbability"/>). Primary
    /// P(signal | normal) = 0.01 is the tail mass of the 99% trigger.
    /// </summary>
    public static IReadOnlyDictionary<SignalKind, SignalLikelihood> DefaultLikelihoods { get; } = new Dictionary<SignalKind, SignalLikelihood>
    {
        [SignalKind.UnitsThreshold] = new(0.95, 0.01),
        [SignalKind.PriceThreshold] = new(0.95, 0.01),
        [SignalKind.SalesRankThreshold] = new(0.95, 0.01),
        [SignalKind.ForecastResidual] = new(0.90, 0.01),
        [SignalKind.UnitsSurge] = new(0.45, 0.30),
        [SignalKind.UnitsRsi] = new(0.40, 0.30),
        [SignalKind.PriceRsi] = new(0.40, 0.30),
        [SignalKind.PriceAtrBand] = new(0.45, 0.30),
        [SignalKind.SalesRankJump] = new(0.45, 0.30),
        [SignalKind.StockOut] = new(0.50, 0.005),
        [SignalKind.Drift] = new(0.30, 0.10),
    };

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem found.</summary>
    public void Validate()
    {
        var errors = new List<string>();
        void Check(bool ok, string message) { if (!ok) errors.Add(message); }
        Check(UnitsSurgeRatio > 1, $"UnitsSurgeRatio must be > 1, was {UnitsSurgeRatio}");
        Check(RsiLow is > 0 and < 100 && RsiHigh is > 0 and < 100 && RsiLow < RsiHigh, $"need 0 < RsiLow < RsiHigh < 100, were {RsiLow}, {RsiHigh}");
        Check(AtrBandMultiple > 0, $"AtrBandMultiple must be positive, was {AtrBandMultiple}");
        Check(SalesRankJumpLogChange > 0, $"SalesRankJumpLogChange must be positive, was {SalesRankJumpLogChange}");
        Check(StockOutMinPreviousUnits > 0, $"StockOutMinPreviousUnits must be positive, was {StockOutMinPreviousUnits}");
        Check(StockOutMinMeanUnits >= 0, $"StockOutMinMeanUnits must not be negative, was {StockOutMinMeanUnits}");
        Check(ResidualSigmas > 0, $"ResidualSigmas must be positive, was {ResidualSigmas}");
        Check(HysteresisBuffer is >= 0 and < 1, $"HysteresisBuffer must be in [0, 1), was {HysteresisBuffer}");
        Check(PriorProbability is > 0 and < 1, $"PriorProbability must be in (0, 1), was {PriorProbability}");
        Check(Likelihoods is not null && Likelihoods.Values.All(l => l.IsValid), "every likelihood must be in (0, 1)");
        Check(MinProbability is > 0 and < 1 && RedProbability is > 0 and < 1 && MinProbability <= RedProbability,
            $"need 0 < MinProbability ≤ RedProbability < 1, were {MinProbability}, {RedProbability}");
        Check(OrangeMinSecondary >= 1, $"OrangeMinSecondary must be ≥ 1, was {OrangeMinSecondary}");
        Check(FireWindow is >= 1 and <= 64 && FireAfter >= 1 && FireAfter <= FireWindow, $"need 1 ≤ FireAfter ≤ FireWindow ≤ 64, were {FireAfter}, {FireWindow}");
        Check(FireAtOnceMargin >= 0, $"FireAtOnceMargin must not be negative (0 disables), was {FireAtOnceMargin}");
        Check(MinPriceMove >= 0, $"MinPriceMove must not be negative, was {MinPriceMove}");
        Check(UnitsNoiseSigmas >= 0, $"UnitsNoiseSigmas must not be negative, was {UnitsNoiseSigmas}");
        Check(PromotionDip >= TimeSpan.Zero, $"PromotionDip must not be negative, was {PromotionDip}");
        Check(CalendarEventMaxLift > 1, $"CalendarEventMaxLift must be > 1, was {CalendarEventMaxLift}");
        Check(CalendarEventAfterDays is >= 0 and <= 30, $"CalendarEventAfterDays must be 0..30, was {CalendarEventAfterDays}");
        Check(ResolveAfter >= 1, $"ResolveAfter must be ≥ 1, was {ResolveAfter}");
        Check(HistoryLength >= 1, $"HistoryLength must be ≥ 1, was {HistoryLength}");
        Check(WatchPeriod > TimeSpan.Zero, $"WatchPeriod must be positive, was {WatchPeriod}");
        Check(SignificantFraction is > 0 and <= 1, $"SignificantFraction must be in (0, 1], was {SignificantFraction}");
        Check(FeedbackRunLength >= 1, $"FeedbackRunLength must be ≥ 1, was {FeedbackRunLength}");
        if (errors.Count > 0) throw new ArgumentException(string.Join("; ", errors));
    }
}
