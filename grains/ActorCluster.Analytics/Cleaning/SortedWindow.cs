namespace ActorCluster.Analytics.Cleaning;

/// <summary>
/// The values of a bounded window kept sorted in one array: O(1) order statistics, O(log n) search,
/// and an insert/remove that moves the elements between the two positions (one memmove of at most n
/// doubles — 3.2 KB at n = 400, typically a fraction of that).
/// </summary>
internal sealed class SortedWindow(int capacity)
{
    private readonly double[] _items = new double[capacity];

    public int Count { get; private set; }

    /// <summary>The k-th smallest value, 0-based.</summary>
    public double this[int k] => _items[k];

    public void Insert(double x)
    {
        int i = LowerBound(x);
        Array.Copy(_items, i, _items, i + 1, Count - i);
        _items[i] = x;
        Count++;
    }

    public void Remove(double x)
    {
        int i = IndexOf(x);
        Array.Copy(_items, i + 1, _items, i, Count - i - 1);
        Count--;
    }

    /// <summary>Removes <paramref name="old"/> and inserts <paramref name="x"/>, moving only the elements between them.</summary>
    public void Replace(double old, double x)
    {
        int i = IndexOf(old);
        if (x > old)
        {
            int j = LowerBound(x);
            Array.Copy(_items, i + 1, _items, i, j - 1 - i);
            _items[j - 1] = x;
        }
        else if (x < old)
        {
            int j = LowerBound(x);
            Array.Copy(_items, j, _items, j + 1, i - j);
            _items[j] = x;
        }
    }

    public void Clear() => Count = 0;

    /// <summary>Quantile by linear interpolation between order statistics: Hyndman &amp; Fan (1996) type 7.</summary>
    public double Quantile(double tau)
    {
        if (Count == 0) return double.NaN;
        double h = (Count - 1) * tau;
        int lo = (int)h;
        return lo + 1 < Count ? _items[lo] + (h - lo) * (_items[lo + 1] - _items[lo]) : _items[lo];
    }

    public double Median => Count == 0 ? double.NaN
        : (Count & 1) == 1 ? _items[Count / 2] : (_items[Count / 2 - 1] + _items[Count / 2]) / 2;

    /// <summary>
    /// Median of |xᵢ − <paramref name="median"/>| in O(log n): the deviations below and above the median form
    /// two sorted sequences read straight from the array, and the k-th smallest of their union is found by
    /// binary search on how many come from each.
    /// </summary>
    public double MedianAbsoluteDeviation(double median)
    {
        if (Count == 0) return double.NaN;
        int below = LowerBound(median);
        return (Count & 1) == 1
            ? KthDeviation(Count / 2, median, below)
            : (KthDeviation(Count / 2 - 1, median, below) + KthDeviation(Count / 2, median, below)) / 2;
    }

    // Deviations below: A(j) = m − items[below − 1 − j], j < below; above: B(j) = items[below + j] − m. Both ascending.
    private double KthDeviation(int k, double m, int below)
    {
        int above = Count - below;
        int lo = Math.Max(0, k + 1 - above), hi = Math.Min(k + 1, below);
        while (lo < hi)
        {
            int i = (lo + hi) >>> 1;
            if (m - _items[below - 1 - i] < _items[below + k - i] - m) lo = i + 1; else hi = i;
        }
        int fromB = k + 1 - lo;
        double a = lo > 0 ? m - _items[below - lo] : double.NegativeInfinity;
        double b = fromB > 0 ? _items[below + fromB - 1] - m : double.NegativeInfinity;
        return Math.Max(a, b);
    }

    private int LowerBound(double x)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_items[mid] < x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private int IndexOf(double x)
    {
        int i = LowerBound(x);
        return i < Count && _items[i] == x ? i : throw new InvalidOperationException($"{x} is not in the window");
    }
}
