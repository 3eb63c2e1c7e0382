namespace ActorCluster.Analytics.Features;

/// <summary>
/// Rolling mean and standard deviation of one series over several window lengths at once (by default
/// 7, 20, 30, 60 and 250 periods) plus lags, sharing one ring buffer: O(k) per <see cref="Push"/> for k
/// lengths, no allocation.
/// </summary>
/// <remarks>
/// Same definitions, missing-value rule and stability scheme as <see cref="RollingWindow"/>: each length
/// covers the finite values among the newest L pushes (fewer while the series is shorter than L), the
/// standard deviation is the sample one (n − 1) and is NaN with fewer than two values; each length is
/// recomputed exactly once per turnover. The state is a function of the last
/// max(lengths, maxLag + 1) raw values, so <see cref="Rebuild"/> from them restores it exactly.
/// </remarks>
public sealed class RollingMoments
{
    /// <summary>The lengths the mission asks for: 7 and 30 (week, month), 20, 60 and 250 (short, medium, long term).</summary>
    public static ReadOnlySpan<int> DefaultLengths => [7, 20, 30, 60, 250];

    private readonly int[] _lengths;
    private readonly WindowedMoments[] _moments;
    private readonly int[] _sinceRecompute;
    private readonly RingBuffer _ring;

    /// <summary>Default lengths (7, 20, 30, 60, 250) and lags up to 30.</summary>
    public RollingMoments() : this(DefaultLengths, 30) { }

    /// <param name="lengths">Distinct window lengths, each at least 1.</param>
    /// <param name="maxLag">Largest lag <see cref="Lag"/> must answer (0 for none).</param>
    public RollingMoments(ReadOnlySpan<int> lengths, int maxLag)
    {
        if (lengths.IsEmpty) throw new ArgumentException("at least one window length is required", nameof(lengths));
        ArgumentOutOfRangeException.ThrowIfNegative(maxLag);
        _lengths = lengths.ToArray();
        Array.Sort(_lengths);
        for (int i = 0; i < _lengths.Length; i++)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(_lengths[i], 1, nameof(lengths));
            if (i > 0 && _lengths[i] == _lengths[i - 1]) throw new ArgumentException($"length {_lengths[i]} is repeated", nameof(lengths));
        }
        _moments = new WindowedMoments[_lengths.Length];
        _sinceRecompute = new int[_lengths.Length];
        _ring = new RingBuffer(Math.Max(_lengths[^1], maxLag + 1));
    }

    /// <summary>The configured window lengths, ascending.</summary>
    public ReadOnlySpan<int> Lengths => _lengths;

    /// <summary>Raw values held (missing included): enough for the longest window and the largest lag.</summary>
    public int Count => _ring.Count;

    /// <summary>Capacity of the raw history: max(longest length, maxLag + 1).</summary>
    public int Capacity => _ring.Capacity;

    /// <summary>Appends one period's value; a non-finite value is held as missing.</summary>
    public void Push(double value)
    {
        double x = double.IsFinite(value) ? value : double.NaN;
        int held = _ring.Count;
        for (int i = 0; i < _lengths.Length; i++)
        {
            if (held >= _lengths[i])
            {
                ref var m = ref _moments[i];
                m.Replace(_ring.Lag(_lengths[i] - 1), x, 1.0 / m.Count);
                _sinceRecompute[i]++;
            }
            else _moments[i].Add(x);
        }
        _ring.Push(x);
        for (int i = 0; i < _lengths.Length; i++)
        {
            if (_sinceRecompute[i] < _lengths[i]) continue;
            _moments[i] = _ring.Moments(_lengths[i]);
            _sinceRecompute[i] = 0;
        }
    }

    /// <summary>Mean over the last <paramref name="length"/> periods; NaN when none is finite.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is not configured.</exception>
    public double Mean(int length) => _moments[IndexOf(length)].MeanOrNaN;

    /// <summary>Sample standard deviation over the last <paramref name="length"/> periods; NaN with fewer than two finite values.</summary>
    public double StandardDeviation(int length) => Math.Sqrt(_moments[IndexOf(length)].Variance);

    /// <summary>Sample variance over the last <paramref name="length"/> periods; NaN with fewer than two finite values.</summary>
    public double Variance(int length) => _moments[IndexOf(length)].Variance;

    /// <summary>Number of finite values in the last <paramref name="length"/> periods.</summary>
    public int ValidCount(int length) => _moments[IndexOf(length)].Count;

    /// <summary>The value <paramref name="k"/> periods before the newest (0 = newest); NaN when not held or missing.</summary>
    public double Lag(int k) => _ring.Lag(k);

    /// <summary>Forgets every value.</summary>
    public void Clear()
    {
        _ring.Clear();
        Array.Clear(_moments);
        Array.Clear(_sinceRecompute);
    }

    /// <summary>Copies the held raw values oldest first; returns how many were written.</summary>
    public int CopyTo(Span<double> destination) => _ring.CopyTo(destination);

    /// <summary>Replaces the state with the last <see cref="Capacity"/> of <paramref name="values"/> (oldest first), computed exactly.</summary>
    public void Rebuild(ReadOnlySpan<double> values)
    {
        Clear();
        foreach (double v in values[Math.Max(0, values.Length - Capacity)..]) _ring.Push(double.IsFinite(v) ? v : double.NaN);
        for (int i = 0; i < _lengths.Length; i++) _moments[i] = _ring.Moments(_lengths[i]);
    }

    internal double MeanAt(int index) => _moments[index].MeanOrNaN;

    internal double StandardDeviationAt(int index) => Math.Sqrt(_moments[index].Variance);

    private int IndexOf(int length)
    {
        int i = Array.IndexOf(_lengths, length);
        return i >= 0 ? i : throw new ArgumentOutOfRangeException(nameof(length), length, "window length not configured");
    }
}
