namespace ActorCluster.Analytics.Volatility;

/// <summary>
/// Average true range with Wilder smoothing (Wilder 1978, <i>New Concepts in Technical Trading Systems</i>):
/// the gap-corrected measure of how far a series moves per period.
/// </summary>
/// <remarks>
/// <para>True range: <c>TR_t = max(H_t, C_{t-1}) - min(L_t, C_{t-1})</c>, i.e. the larger of <c>H - L</c>,
/// <c>|H - C_{t-1}|</c> and <c>|L - C_{t-1}|</c>. Extending the range to the previous close is the gap
/// correction: a jump between periods counts in full even when the period itself is quiet. With one value
/// per period (H = L = C) it reduces to <c>|C_t - C_{t-1}|</c>.</para>
/// <para>ATR: the mean of the first <c>n</c> true ranges, then <c>ATR_t = ((n - 1) ATR_{t-1} + TR_t) / n</c>.
/// Unlike Wilder, the very first bar (which has no previous close) only seeds <c>C_{t-1}</c>: with single
/// values its <c>H - L</c> would be a spurious zero in the seed average.</para>
/// </remarks>
public sealed class AverageTrueRange
{
    /// <summary><c>sqrt(π/2)</c>: for a zero-mean normal change, <c>σ = sqrt(π/2)·E|Δ|</c>.</summary>
    public const double MeanAbsoluteToSigma = 1.2533141373155003;

    private double _seedSum;

    /// <summary>Creates an empty ATR over <paramref name="period"/> true ranges (Wilder's 14 by default).</summary>
    public AverageTrueRange(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        Period = period;
    }

    /// <summary>Smoothing period n.</summary>
    public int Period { get; }

    /// <summary>True ranges seen so far.</summary>
    public long Count { get; private set; }

    /// <summary>Last close; NaN before the first bar.</summary>
    public double PreviousClose { get; private set; } = double.NaN;

    /// <summary>Last true range; NaN before the second bar.</summary>
    public double LastTrueRange { get; private set; } = double.NaN;

    /// <summary>Current ATR; NaN until <see cref="Period"/> true ranges have been seen.</summary>
    public double Value { get; private set; } = double.NaN;

    /// <summary>
    /// ATR expressed as a standard deviation, <c>ATR·sqrt(π/2)</c>: exact for zero-mean normal changes of
    /// single-value bars, an upper-leaning proxy when bars have a high-low range. NaN until warm.
    /// </summary>
    public double SigmaEquivalent => Value * MeanAbsoluteToSigma;

    /// <summary>
    /// Adds a bar. Returns false (state unchanged) for NaN/∞ values or <c>high &lt; low</c>; a close outside
    /// [low, high] widens the bar to include it.
    /// </summary>
    public bool TryPush(double high, double low, double close)
    {
        if (!double.IsFinite(high) || !double.IsFinite(low) || !double.IsFinite(close) || high < low) return false;
        high = Math.Max(high, close);
        low = Math.Min(low, close);
        double previous = PreviousClose;
        PreviousClose = close;
        if (double.IsNaN(previous)) return true;

        double tr = Math.Max(high, previous) - Math.Min(low, previous);
        LastTrueRange = tr;
        Count++;
        if (Count < Period) _seedSum += tr;
        else if (Count == Period) { Value = (_seedSum + tr) / Period; _seedSum = 0; }
        else Value = ((Period - 1) * Value + tr) / Period;
        return true;
    }

    /// <summary>Adds a single-value bar (H = L = C).</summary>
    public bool TryPush(double close) => TryPush(close, close, close);

    /// <summary>Plain snapshot for persistence.</summary>
    public AverageTrueRangeState ExportState() => new(Count, PreviousClose, LastTrueRange, Value, _seedSum);

    /// <summary>Restores a snapshot taken with the same <see cref="Period"/>.</summary>
    public void ImportState(AverageTrueRangeState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfNegative(state.Count, nameof(state));
        (Count, PreviousClose, LastTrueRange, Value, _seedSum) =
            (state.Count, state.PreviousClose, state.LastTrueRange, state.Value, state.SeedSum);
    }
}
