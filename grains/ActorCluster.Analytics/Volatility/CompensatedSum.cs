namespace ActorCluster.Analytics.Volatility;

/// <summary>
/// Neumaier's improved Kahan summation (Neumaier 1974, ZAMM 54:39–51): the rounding error of every
/// addition is carried in a compensation term, so adding and later subtracting the same value — even a huge
/// one — restores the sum to within one rounding of its true value.
/// </summary>
internal struct CompensatedSum
{
    private double _sum;
    private double _compensation;

    public readonly double Value => _sum + _compensation;

    public void Add(double v)
    {
        double t = _sum + v;
        _compensation += Math.Abs(_sum) >= Math.Abs(v) ? (_sum - t) + v : (v - t) + _sum;
        _sum = t;
    }

    public void Reset() => (_sum, _compensation) = (0, 0);
}
