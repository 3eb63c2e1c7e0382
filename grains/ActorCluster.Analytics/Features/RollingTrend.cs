namespace ActorCluster.Analytics.Features;

/// <summary>
/// Ordinary least-squares line through the last <see cref="Length"/> periods (x = period position,
/// y = value), updated in O(1) per <see cref="Push"/> from running sums of t, t², y and t·y.
/// </summary>
/// <remarks>
/// <para>slope = Sₜᵧ / Sₜₜ with Sₜₜ = Σt² − (Σt)²/n and Sₜᵧ = Σty − ΣtΣy/n (e.g. Draper &amp; Smith,
/// <i>Applied Regression Analysis</i>, §1.2). Positions are counted from an origin re-based at each exact
/// recompute (once per window turnover), so t stays below 2·<see cref="Length"/> and Σt, Σt² are exact.</para>
/// <para>Missing values (non-finite) keep their position but are left out of the fit. <see cref="Slope"/>
/// and <see cref="Level"/> are NaN with fewer than two finite values; <see cref="Mean"/> is NaN with none.</para>
/// </remarks>
public sealed class RollingTrend
{
    private readonly RingBuffer _ring;
    private long _pushes;
    private long _origin;
    private int _sinceRecompute;
    private int _n;
    private double _st, _stt, _sy, _sty;

    /// <param name="length">Number of periods fitted, at least 2.</param>
    public RollingTrend(int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 2);
        _ring = new RingBuffer(length);
    }

    /// <summary>Window length in periods.</summary>
    public int Length => _ring.Capacity;

    /// <summary>Finite values in the window.</summary>
    public int ValidCount => _n;

    /// <summary>Mean of the finite values in the window; NaN when there are none.</summary>
    public double Mean => _n > 0 ? _sy / _n : double.NaN;

    /// <summary>Least-squares slope per period; NaN with fewer than two finite values.</summary>
    public double Slope
    {
        get
        {
            if (_n < 2) return double.NaN;
            double stt = _stt - _st * _st / _n;
            return stt > 0 ? (_sty - _st * _sy / _n) / stt : double.NaN;
        }
    }

    /// <summary>The fitted line's value at the newest period (a smoothed level); NaN with fewer than two finite values.</summary>
    public double Level => Mean + Slope * (_pushes - 1 - _origin - _st / _n);

    /// <summary>Appends one period's value; a non-finite value holds the position as missing.</summary>
    public void Push(double value)
    {
        double x = double.IsFinite(value) ? value : double.NaN;
        if (_ring.Count == _ring.Capacity)
        {
            double leaving = _ring.Lag(_ring.Capacity - 1);
            if (!double.IsNaN(leaving)) Accumulate(_pushes - _ring.Capacity - _origin, leaving, -1);
            _sinceRecompute++;
        }
        if (!double.IsNaN(x)) Accumulate(_pushes - _origin, x, +1);
        _ring.Push(x);
        _pushes++;
        if (_sinceRecompute >= _ring.Capacity) Recompute();
    }

    /// <summary>Forgets every value.</summary>
    public void Clear()
    {
        _ring.Clear();
        _pushes = _origin = 0;
        _sinceRecompute = _n = 0;
        _st = _stt = _sy = _sty = 0;
    }

    private void Accumulate(long position, double y, int sign)
    {
        double t = position;
        _n += sign;
        _st += sign * t;
        _stt += sign * t * t;
        _sy += sign * y;
        _sty += sign * t * y;
    }

    private void Recompute()
    {
        _origin = _pushes - _ring.Count;
        _n = 0;
        _st = _stt = _sy = _sty = 0;
        for (int k = _ring.Count - 1; k >= 0; k--)
        {
            double y = _ring.Lag(k);
            if (!double.IsNaN(y)) Accumulate(_ring.Count - 1 - k, y, +1);
        }
        _sinceRecompute = 0;
    }
}
