namespace ActorCluster.Analytics.Volatility;

/// <summary>
/// Kaufman's efficiency ratio (Kaufman 1995, <i>Smarter Trading</i>) over the last n log-changes:
/// <c>ER = |Σ r_i| / Σ |r_i|</c> = net move / path length, in [0, 1]. Near 1 the level moves in one
/// direction (trending); near 0 it goes back and forth (choppy). For a driftless random walk
/// <c>E[ER] ≈ sqrt(2/(π n))</c>, about 0.18 for n = 20.
/// </summary>
/// <remarks>O(1) per push via running sums, recomputed from the ring once per n pushes.</remarks>
public sealed class EfficiencyRatio
{
    private readonly double[] _ring;
    private int _next;
    private double _sum;
    private double _sumAbs;

    /// <summary>Creates an empty ratio over <paramref name="length"/> changes (20 by default).</summary>
    public EfficiencyRatio(int length = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 2);
        _ring = new double[length];
    }

    /// <summary>Window length n.</summary>
    public int Length => _ring.Length;

    /// <summary>Changes pushed over the lifetime.</summary>
    public long Count { get; private set; }

    /// <summary>
    /// The ratio; NaN until <see cref="Length"/> changes have been pushed; 0 for a flat window
    /// (no movement is no trend).
    /// </summary>
    public double Value => Count < _ring.Length ? double.NaN : _sumAbs > 0 ? Math.Min(1, Math.Abs(_sum) / _sumAbs) : 0;

    /// <summary>Adds a log-change; NaN/∞ is ignored and returns false.</summary>
    public bool TryPush(double change)
    {
        if (!double.IsFinite(change)) return false;
        double old = _ring[_next];
        _ring[_next] = change;
        if (++_next == _ring.Length) _next = 0;
        Count++;
        if (_next == 0)
        {
            _sum = 0; _sumAbs = 0;
            foreach (var v in _ring) { _sum += v; _sumAbs += Math.Abs(v); }
        }
        else
        {
            // before the ring is full, "old" is the zero it was created with
            _sum += change - old;
            _sumAbs = Math.Max(0, _sumAbs + Math.Abs(change) - Math.Abs(old));
        }
        return true;
    }

    /// <summary>Classifies <see cref="Value"/>: Unknown while NaN, Trending at or above <paramref name="trendingAt"/>, else Choppy.</summary>
    public MarketRegime Classify(double trendingAt) =>
        double.IsNaN(Value) ? MarketRegime.Unknown : Value >= trendingAt ? MarketRegime.Trending : MarketRegime.Choppy;
}
