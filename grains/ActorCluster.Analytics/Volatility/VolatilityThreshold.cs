using MathNet.Numerics.Distributions;

namespace ActorCluster.Analytics.Volatility;

/// <summary>
/// Multi-layer, dynamic volatility threshold for one metric of one product (MISSION §5).
/// </summary>
/// <remarks>
/// <para>History layer σ_H: root mean square of the 20/60/250-period rolling standard deviations of
/// log-changes (<see cref="RollingVolatility"/>). Recent layer σ_R: the GARCH(1,1) one-step-ahead
/// volatility (the short rolling σ until the first fit), floored at the ATR's σ-equivalent so jumps count
/// in full (<see cref="AverageTrueRange"/> on the log level). Weights: <see cref="EntropyWeights"/> clamped by
/// the regime from <see cref="EfficiencyRatio"/>, minus the feedback penalty.
/// σ = w_H σ_H + w_R σ_R; μ = mean log-change over the long window.</para>
/// <para>Trigger T = z σ on the score <c>|r − μ|</c>, z = 2.5758 by default: T is the upper bound of the
/// central 99% interval of a normal change, so μ ± T are the lines. Each change is judged against the
/// trigger computed <em>before</em> it (a one-step-ahead forecast), so a jump cannot hide by inflating its own
/// threshold. Hysteresis: enter when the score exceeds T, leave when it falls below (1 − buffer) T.
/// A series that has not moved has σ = T = 0, so its first move enters the "above" state.</para>
/// <para>Feedback: the alert lifecycle (<c>Alerts.FeedbackTracker</c>) owns the rule and calls
/// <see cref="LowerRecentWeight"/>, which drops the recent weight by 5 percentage points (never below 10%).
/// <see cref="TryPush"/> is O(1) and allocation-free; <see cref="TryRefit"/> is not and is
/// meant to be called when <see cref="NeedsRefit"/> (every 30 periods by default).</para>
/// </remarks>
public sealed partial class VolatilityThreshold
{
    private readonly VolatilityThresholdOptions _options;
    private readonly double _z;
    private RollingVolatility _rolling;
    private EfficiencyRatio _regime;
    private readonly GarchVolatility _garch;
    private readonly AverageTrueRange _atr;
    private readonly EntropyWeights _entropy;
    private readonly HysteresisBand _band;

    /// <summary>Creates an empty threshold for <paramref name="metric"/>; invalid options throw.</summary>
    public VolatilityThreshold(MetricKind metric, VolatilityThresholdOptions? options = null)
    {
        _options = options ?? new VolatilityThresholdOptions();
        _options.Validate();
        var o = _options;
        Metric = metric;
        _z = Normal.InvCDF(0, 1, o.TwoSided ? 1 - (1 - o.Quantile) / 2 : o.Quantile);
        _rolling = new RollingVolatility(LogChange.For(metric), o.ShortWindow, o.MediumWindow, o.LongWindow);
        _regime = new EfficiencyRatio(o.RegimeWindow);
        _garch = new GarchVolatility(o.GarchMinObservations);
        _atr = new AverageTrueRange(o.AtrPeriod);
        _entropy = new EntropyWeights(o.EntropyWindow, o.TrendingRecentMin, o.TrendingRecentMax, o.ChoppyRecentMin, o.ChoppyRecentMax);
        _band = new HysteresisBand(o.Buffer);
    }

    /// <summary>The metric this instance watches.</summary>
    public MetricKind Metric { get; }

    /// <summary>Quantile factor z of the trigger.</summary>
    public double Z => _z;

    /// <summary>Accepted log-changes over the lifetime.</summary>
    public long Count => _rolling.Count;

    /// <summary>True once <see cref="VolatilityThresholdOptions.WarmupChanges"/> changes have been seen.</summary>
    public bool IsWarm => _rolling.Count >= _options.WarmupChanges;

    /// <summary>History-layer σ (NaN with fewer than two changes).</summary>
    public double HistorySigma { get; private set; } = double.NaN;

    /// <summary>Recent-layer σ after gap correction (NaN with fewer than two changes).</summary>
    public double RecentSigma { get; private set; } = double.NaN;

    /// <summary>Combined σ = w_H σ_H + w_R σ_R.</summary>
    public double Sigma { get; private set; } = double.NaN;

    /// <summary>Mean log-change μ over the long window.</summary>
    public double Mean => _rolling.Mean(VolatilityHorizon.Long);

    /// <summary>Trigger T = z σ on |change − μ|; NaN while not warm.</summary>
    public double Threshold => IsWarm ? _z * Sigma : double.NaN;

    /// <summary>Exit line (1 − buffer) T: the lower edge of the buffer band; NaN while not warm.</summary>
    public double ExitLevel => _band.ExitLevel(Threshold);

    /// <summary>Upper line μ + T in log-change units; NaN while not warm.</summary>
    public double UpperLine => Mean + Threshold;

    /// <summary>Lower line μ − T in log-change units; NaN while not warm.</summary>
    public double LowerLine => Mean - Threshold;

    /// <summary>Hysteresis state: true between an entry and the next exit.</summary>
    public bool IsAbove => _band.IsAbove;

    /// <summary>Current regime from the efficiency ratio of the log level.</summary>
    public MarketRegime Regime => _regime.Classify(_options.TrendingAt);

    /// <summary>Percentage-point reduction of the recent weight applied by the feedback rule.</summary>
    public double FeedbackPenalty { get; private set; }

    /// <summary>Layer weights in use (entropy, clamped by regime, minus the feedback penalty, floored).</summary>
    public LayerWeights Weights
    {
        get
        {
            double recent = _entropy.For(Regime).Recent;
            return LayerWeights.FromRecent(Math.Max(_options.MinRecentWeight, recent - FeedbackPenalty));
        }
    }

    /// <summary>The GARCH layer (read its parameters; fit it through <see cref="TryRefit"/>).</summary>
    public GarchVolatility Garch => _garch;

    /// <summary>The ATR on the log level.</summary>
    public AverageTrueRange Atr => _atr;

    /// <summary>The base layer.</summary>
    public RollingVolatility Rolling => _rolling;

    /// <summary>True when enough changes are held and GARCH is unfitted or its last fit is due for renewal.</summary>
    public bool NeedsRefit => _rolling.Held >= _options.GarchMinObservations
        && (!_garch.IsFitted || PeriodsSinceRefit >= _options.RefitEvery);

    /// <summary>Changes since the last GARCH (re)fit attempt.</summary>
    public int PeriodsSinceRefit { get; private set; }
}
