namespace ActorCluster.Analytics.Numerics;

/// <summary>
/// A running sum with Neumaier's compensation, so that adding and later subtracting the same terms
/// (a sliding window) does not let rounding error build up. O(1), no allocation.
/// </summary>
/// <remarks>Source: Neumaier (1974), ZAMM 54(1):39–51, the improved Kahan–Babuška algorithm.</remarks>
internal struct CompensatedSum
{
    private double _sum, _compensation;

    /// <summary>The compensated total.</summary>
    public readonly double Value => _sum + _compensation;

    public void Add(double x)
    {
        double t = _sum + x;
        _compensation += Math.Abs(_sum) >= Math.Abs(x) ? (_sum - t) + x : (x - t) + _sum;
        _sum = t;
    }

    public void Reset() => (_sum, _compensation) = (0, 0);
}
