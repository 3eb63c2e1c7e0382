using ActorCluster.Analytics.Numerics;

namespace ActorCluster.Analytics.Volatility;

/// <summary>
/// Count, mean and variance of a sliding window from compensated sums of shifted values,
/// <c>S1 = Σ (x − K)</c> and <c>S2 = Σ (x − K)²</c>: each add or remove is O(1) and exact up to one
/// rounding (<see cref="CompensatedSum"/>), so a large value leaving the window leaves no residue and a
/// constant window has variance exactly 0. The shift K, the window mean at the last
/// <see cref="Recompute"/>, keeps <c>S2 − S1²/n</c> free of cancellation.
/// </summary>
internal struct WindowMoments
{
    private double _shift;
    private CompensatedSum _s1;
    private CompensatedSum _s2;

    public int Count;

    public void Add(double x)
    {
        Count++;
        double d = x - _shift;
        _s1.Add(d);
        _s2.Add(d * d);
    }

    /// <summary>Replaces <paramref name="old"/> (a value in the window) by <paramref name="x"/>; the count stays the same.</summary>
    public void Replace(double old, double x)
    {
        double o = old - _shift, d = x - _shift;
        _s1.Add(-o); _s2.Add(-(o * o));
        _s1.Add(d); _s2.Add(d * d);
    }

    /// <summary>Rebuilds the sums from the exact window contents, re-centring the shift on their mean.</summary>
    public void Recompute(ReadOnlySpan<double> first, ReadOnlySpan<double> second)
    {
        double sum = 0;
        foreach (var v in first) sum += v;
        foreach (var v in second) sum += v;
        int n = first.Length + second.Length;
        _shift = n > 0 ? sum / n : 0;
        (Count, _s1, _s2) = (0, default, default);
        foreach (var v in first) Add(v);
        foreach (var v in second) Add(v);
    }

    /// <summary>Mean; NaN when empty.</summary>
    public readonly double Mean => Count == 0 ? double.NaN : _shift + _s1.Value / Count;

    /// <summary>Sample variance (divisor n − 1), never negative; NaN with fewer than two values.</summary>
    public readonly double Variance
    {
        get
        {
            if (Count < 2) return double.NaN;
            double s1 = _s1.Value;
            return Math.Max(0, (_s2.Value - s1 * s1 / Count) / (Count - 1));
        }
    }
}
