namespace ActorCluster.Analytics.Features;

/// <summary>
/// Estimates the <see cref="LifecycleStage"/> of a product from the trend of its units relative to their
/// level, in O(1) per push.
/// </summary>
/// <remarks>
/// <para>Level and trend come from a least-squares line through the last <see cref="RollingTrend.Length"/>
/// periods (<see cref="RollingTrend"/>: a linear smoother that is far less noisy than a Holt trend on
/// daily sales). The relative trend is r = slope / mean, the fractional change per period.</para>
/// <para>Rules, in order: fewer than <c>minimumPeriods</c> finite observations seen → Introduction;
/// mean ≤ 0 (no sales in the window) → Decline; r ≥ <c>growthThreshold</c> → Growth;
/// r ≤ <c>declineThreshold</c> → Decline; otherwise Maturity. The defaults (60 periods, 28 observations,
/// ±0.005 per period ≈ ±15% over 30 periods) suit daily data; the standard error of r for Poisson-like
/// sales of mean μ is about 1/(√μ·√(W³/12)) so at μ = 100 the ±0.005 band is ~7 standard errors wide.</para>
/// </remarks>
public sealed class LifecycleEstimator
{
    private readonly RollingTrend _trend;
    private readonly int _minimumPeriods;
    private readonly double _growth;
    private readonly double _decline;
    private long _observed;

    /// <param name="window">Periods in the trend fit, at least 2 (default 60).</param>
    /// <param name="minimumPeriods">Finite observations needed before leaving Introduction (default 28).</param>
    /// <param name="growthThreshold">Relative slope per period at or above which the stage is Growth (default 0.005).</param>
    /// <param name="declineThreshold">Relative slope per period at or below which the stage is Decline (default −0.005).</param>
    public LifecycleEstimator(int window = 60, int minimumPeriods = 28, double growthThreshold = 0.005, double declineThreshold = -0.005)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimumPeriods);
        if (!(growthThreshold > declineThreshold))
            throw new ArgumentException("growthThreshold must exceed declineThreshold", nameof(growthThreshold));
        _trend = new RollingTrend(window);
        _minimumPeriods = minimumPeriods;
        _growth = growthThreshold;
        _decline = declineThreshold;
    }

    /// <summary>Least-squares slope of units per period over the window; NaN with fewer than two values.</summary>
    public double Slope => _trend.Slope;

    /// <summary>Slope divided by the window mean: the fractional change per period; NaN when undefined.</summary>
    public double RelativeSlope => _trend.Mean > 0 ? _trend.Slope / _trend.Mean : double.NaN;

    /// <summary>The current stage (rules in the type remarks).</summary>
    public LifecycleStage Stage
    {
        get
        {
            if (_observed < _minimumPeriods || _trend.ValidCount < 2) return LifecycleStage.Introduction;
            if (!(_trend.Mean > 0)) return LifecycleStage.Decline;
            double r = RelativeSlope;
            return r >= _growth ? LifecycleStage.Growth : r <= _decline ? LifecycleStage.Decline : LifecycleStage.Maturity;
        }
    }

    /// <summary>Absorbs one period's units; a non-finite value holds the position as missing.</summary>
    public void Push(double units)
    {
        if (double.IsFinite(units)) _observed++;
        _trend.Push(units);
    }

    /// <summary>Forgets every value.</summary>
    public void Reset()
    {
        _trend.Clear();
        _observed = 0;
    }
}
