namespace ActorCluster.Analytics.Features;

/// <summary>
/// Wilder's Relative Strength Index over <see cref="Period"/> changes (14 by default), on any series
/// (units or price): RSI = 100 − 100 / (1 + RS), RS = average gain / average loss. O(1) per push.
/// </summary>
/// <remarks>
/// <para>Wilder, J. W. (1978), <i>New Concepts in Technical Trading Systems</i>: the first averages are
/// the simple means of the first <see cref="Period"/> gains and losses; after that each average is
/// smoothed as avgₜ = (avgₜ₋₁·(P − 1) + valueₜ) / P.</para>
/// <para>Edge cases: NaN until <see cref="Period"/> changes (P + 1 finite values) have been seen; 100 when
/// there were gains and no losses; 50 when there was no movement at all (both averages 0), the neutral
/// reading. A non-finite push is skipped: the next change is measured from the last finite value.</para>
/// <para>Rebuilding by replay over n values differs from the live value by at most ((P − 1)/P)^(n − P)
/// relative (about 4e-13 for P = 14 and n = 400).</para>
/// </remarks>
public sealed class RelativeStrengthIndex
{
    private double _last = double.NaN;
    private double _gain;
    private double _loss;

    /// <param name="period">Number of changes averaged, at least 1.</param>
    public RelativeStrengthIndex(int period = 14)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        Period = period;
    }

    /// <summary>Wilder's look-back P.</summary>
    public int Period { get; }

    /// <summary>Changes seen so far (finite values − 1).</summary>
    public long Changes { get; private set; }

    /// <summary>Wilder-smoothed average gain; NaN until <see cref="Period"/> changes are seen.</summary>
    public double AverageGain => Changes >= Period ? _gain : double.NaN;

    /// <summary>Wilder-smoothed average loss (a positive number); NaN until <see cref="Period"/> changes are seen.</summary>
    public double AverageLoss => Changes >= Period ? _loss : double.NaN;

    /// <summary>RSI in [0, 100]; NaN until <see cref="Period"/> changes are seen.</summary>
    public double Value
    {
        get
        {
            if (Changes < Period) return double.NaN;
            double total = _gain + _loss;
            // 100 − 100/(1 + G/L) = 100·G/(G + L), which also covers L = 0 without dividing by it.
            return total > 0 ? 100 * _gain / total : 50;
        }
    }

    /// <summary>Absorbs one value; a non-finite one is skipped.</summary>
    public void Push(double value)
    {
        if (!double.IsFinite(value)) return;
        if (double.IsNaN(_last))
        {
            _last = value;
            return;
        }
        double change = value - _last;
        _last = value;
        double gain = change > 0 ? change : 0, loss = change < 0 ? -change : 0;
        Changes++;
        if (Changes < Period)
        {
            _gain += gain;
            _loss += loss;
        }
        else if (Changes == Period)
        {
            _gain = (_gain + gain) / Period;
            _loss = (_loss + loss) / Period;
        }
        else
        {
            _gain = (_gain * (Period - 1) + gain) / Period;
            _loss = (_loss * (Period - 1) + loss) / Period;
        }
    }

    /// <summary>Forgets every value.</summary>
    public void Reset()
    {
        _last = double.NaN;
        _gain = _loss = 0;
        Changes = 0;
    }
}
