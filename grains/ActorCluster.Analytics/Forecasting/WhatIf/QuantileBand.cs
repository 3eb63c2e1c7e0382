namespace ActorCluster.Analytics.Forecasting.WhatIf;

/// <summary>The 10th, 50th and 90th percentiles of a simulated quantity: P10 ≤ P50 ≤ P90, an 80% central band.</summary>
/// <param name="P10">10th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P90">90th percentile.</param>
public readonly record struct QuantileBand(double P10, double P50, double P90)
{
    /// <summary>
    /// The band of <paramref name="values"/>, which it reorders in place. Percentiles interpolate linearly between order
    /// statistics at position (n − 1)·p, Hyndman &amp; Fan (1996) type 7 (R's default). Empty input, or any NaN, gives NaN.
    /// </summary>
    /// <remarks>
    /// Three selections instead of a sort (Hoare's quickselect, expected O(n)): the median over all values, then P10
    /// below it and P90 above it. A percentile's upper neighbour is the minimum of the part above it.
    /// </remarks>
    public static QuantileBand OfUnsorted(Span<double> values)
    {
        int n = values.Length;
        if (n == 0 || HasNaN(values)) return new QuantileBand(double.NaN, double.NaN, double.NaN);
        var (k10, k50, k90) = (Rank(n, 0.10), Rank(n, 0.50), Rank(n, 0.90));
        Select(values, k50);
        Select(values[..k50], k10);
        Select(values[(k50 + 1)..], k90 - k50 - 1);
        return new QuantileBand(At(values, n, 0.10, k10, k10 < k50 ? k50 + 1 : n), At(values, n, 0.50, k50, n), At(values, n, 0.90, k90, n));
    }

    /// <summary>Every percentile multiplied by <paramref name="factor"/> (≥ 0 keeps the order).</summary>
    public QuantileBand Scale(double factor) => new(P10 * factor, P50 * factor, P90 * factor);

    private static int Rank(int n, double p) => Math.Min((int)((n - 1) * p), n - 1);

    // values[k] holds the k-th smallest and everything in (k, end) is at least as large: its minimum is the next one.
    private static double At(ReadOnlySpan<double> values, int n, double p, int k, int end)
    {
        double fraction = (n - 1) * p - k;
        if (fraction <= 0 || k + 1 >= end) return values[k];
        double next = values[k + 1];
        for (int i = k + 2; i < end; i++) if (values[i] < next) next = values[i];
        return values[k] + fraction * (next - values[k]);
    }

    // Puts the k-th smallest at values[k], smaller ones before it and larger ones after it. Median-of-three pivots;
    // a range that fails to shrink fast (adversarial input) is sorted instead, which bounds the worst case.
    private static void Select(Span<double> values, int k)
    {
        int lo = 0, hi = values.Length - 1, budget = 2 * (32 - int.LeadingZeroCount(values.Length + 1));
        while (hi > lo)
        {
            if (--budget < 0) { values[lo..(hi + 1)].Sort(); return; }
            int mid = lo + (hi - lo) / 2;
            if (values[mid] < values[lo]) Swap(values, mid, lo);
            if (values[hi] < values[lo]) Swap(values, hi, lo);
            if (values[hi] < values[mid]) Swap(values, hi, mid);
            double pivot = values[mid];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i <= j) Swap(values, i++, j--);
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return;
        }
    }

    private static void Swap(Span<double> v, int a, int b) => (v[a], v[b]) = (v[b], v[a]);

    private static bool HasNaN(ReadOnlySpan<double> values)
    {
        foreach (var v in values) if (double.IsNaN(v)) return true;
        return false;
    }
}
