namespace ActorCluster.Analytics.Features;

/// <summary>
/// Fixed-capacity ring of doubles, oldest overwritten first. The shared storage behind the rolling
/// accumulators: it knows which value leaves a window of any length up to <see cref="Capacity"/>.
/// </summary>
internal sealed class RingBuffer
{
    private readonly double[] _items;
    private int _next;

    public RingBuffer(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _items = new double[capacity];
    }

    public int Capacity => _items.Length;

    public int Count { get; private set; }

    public void Push(double x)
    {
        _items[_next] = x;
        _next = _next + 1 == _items.Length ? 0 : _next + 1;
        if (Count < _items.Length) Count++;
    }

    /// <summary>The value <paramref name="k"/> pushes back (0 = newest); NaN when not held.</summary>
    public double Lag(int k)
    {
        if ((uint)k >= (uint)Count) return double.NaN;
        int i = _next - 1 - k;
        return _items[i < 0 ? i + _items.Length : i];
    }

    public void Clear()
    {
        _next = 0;
        Count = 0;
    }

    /// <summary>Copies the held values oldest first; returns how many were written.</summary>
    public int CopyTo(Span<double> destination)
    {
        if (destination.Length < Count)
            throw new ArgumentException($"destination holds {destination.Length} values, {Count} needed", nameof(destination));
        for (int k = Count - 1, j = 0; k >= 0; k--, j++) destination[j] = Lag(k);
        return Count;
    }

    /// <summary>Exact two-pass moments of the newest <paramref name="length"/> values (NaN skipped).</summary>
    public WindowedMoments Moments(int length)
    {
        int held = Math.Min(length, Count), n = 0;
        double sum = 0;
        for (int k = 0; k < held; k++)
        {
            double x = Lag(k);
            if (double.IsNaN(x)) continue;
            sum += x;
            n++;
        }
        if (n == 0) return default;
        double mean = sum / n, m2 = 0;
        for (int k = 0; k < held; k++)
        {
            double x = Lag(k);
            if (double.IsNaN(x)) continue;
            m2 += (x - mean) * (x - mean);
        }
        return new WindowedMoments(n, mean, m2);
    }
}
