namespace ActorCluster.Analytics.Features;

/// <summary>
/// The last <see cref="Length"/> values of a series with their running mean and variance, updated in
/// O(1) per <see cref="Push"/> and without allocating.
/// </summary>
/// <remarks>
/// <para>Missing values: a non-finite value (NaN, ±∞) is held as NaN so that positions and lags stay
/// aligned with periods, and is skipped by every statistic. Statistics cover the finite values among the
/// last <see cref="Length"/> pushes (<see cref="ValidCount"/> of them), including before the window is full.</para>
/// <para>Stability: Welford-style add, remove and swap updates (see <c>WindowedMoments</c>) plus an exact two-pass
/// recompute each time the window has turned over once (every <see cref="Length"/> pushes once full),
/// which keeps the amortised cost O(1) and the error independent of how long the series runs.</para>
/// <para>Persistence: the state is a function of the raw values; <see cref="CopyTo"/> exports them and
/// <see cref="Rebuild"/> restores an exact state from them.</para>
/// </remarks>
public sealed class RollingWindow
{
    private readonly RingBuffer _ring;
    private WindowedMoments _moments;
    private int _sinceRecompute;

    /// <param name="length">Number of periods in the window, at least 1.</param>
    public RollingWindow(int length) => _ring = new RingBuffer(length);

    /// <summary>Window length in periods.</summary>
    public int Length => _ring.Capacity;

    /// <summary>Values held, missing ones included (at most <see cref="Length"/>).</summary>
    public int Count => _ring.Count;

    /// <summary>Finite values held: the sample size of the statistics.</summary>
    public int ValidCount => _moments.Count;

    /// <summary>True once <see cref="Length"/> values have been pushed.</summary>
    public bool IsFull => _ring.Count == _ring.Capacity;

    /// <summary>Newest value; NaN when empty or missing.</summary>
    public double Latest => _ring.Lag(0);

    /// <summary>Arithmetic mean of the finite values; NaN when there are none.</summary>
    public double Mean => _moments.MeanOrNaN;

    /// <summary>Sample variance (divisor n − 1); NaN with fewer than two finite values.</summary>
    public double Variance => _moments.Variance;

    /// <summary>Sample standard deviation; NaN with fewer than two finite values.</summary>
    public double StandardDeviation => Math.Sqrt(_moments.Variance);

    /// <summary>Population variance (divisor n); NaN when there are no finite values.</summary>
    public double PopulationVariance => _moments.PopulationVariance;

    /// <summary>Population standard deviation; NaN when there are no finite values.</summary>
    public double PopulationStandardDeviation => Math.Sqrt(_moments.PopulationVariance);

    /// <summary>Appends one period's value; a non-finite value is held as missing.</summary>
    public void Push(double value)
    {
        double x = double.IsFinite(value) ? value : double.NaN;
        bool full = IsFull;
        if (full) _moments.Replace(_ring.Lag(_ring.Capacity - 1), x, 1.0 / _moments.Count);
        else _moments.Add(x);
        _ring.Push(x);
        if (full && ++_sinceRecompute >= _ring.Capacity)
        {
            _moments = _ring.Moments(_ring.Capacity);
            _sinceRecompute = 0;
        }
    }

    /// <summary>The value <paramref name="k"/> periods before the newest (0 = newest); NaN when not held or missing.</summary>
    public double Lag(int k) => _ring.Lag(k);

    /// <summary>Forgets every value.</summary>
    public void Clear()
    {
        _ring.Clear();
        _moments = default;
        _sinceRecompute = 0;
    }

    /// <summary>Copies the held values oldest first (missing as NaN); returns how many were written.</summary>
    /// <exception cref="ArgumentException">The destination is shorter than <see cref="Count"/>.</exception>
    public int CopyTo(Span<double> destination) => _ring.CopyTo(destination);

    /// <summary>Replaces the state with the last <see cref="Length"/> of <paramref name="values"/> (oldest first), computed exactly.</summary>
    public void Rebuild(ReadOnlySpan<double> values)
    {
        Clear();
        foreach (double v in values[Math.Max(0, values.Length - Length)..]) _ring.Push(double.IsFinite(v) ? v : double.NaN);
        _moments = _ring.Moments(_ring.Capacity);
    }
}
