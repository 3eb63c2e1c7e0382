namespace ActorCluster.Analytics.Forecasting.Baseline;

/// <summary>
/// Classical multiplicative decomposition, as R's <c>decompose(x, type = "multiplicative")</c>:
/// trend by a centred moving average (a 2×m average when m is even), ratios y/trend averaged per
/// position in the cycle, then normalised so the m indices average to 1.
/// </summary>
/// <remarks>
/// Source: Kendall &amp; Stuart; R <c>stats::decompose</c>; used by the M4 organisers to seasonally adjust the
/// Naive2, SES and Theta benchmarks. Index <c>k</c> of the result belongs to the points at positions
/// <c>t ≡ k (mod m)</c>, position 0 being the first observation.
/// </remarks>
public static class ClassicalDecomposition
{
    /// <summary>
    /// Computes the m multiplicative seasonal indices. Returns false with a reason when the series is
    /// shorter than two periods, has a non-finite value, a non-positive trend, or an index that is not
    /// positive and finite (multiplicative adjustment would then divide by zero or flip signs).
    /// </summary>
    public static bool TryMultiplicativeIndices(ReadOnlySpan<double> y, int period, out double[] indices, out string reason)
    {
        indices = [];
        int n = y.Length;
        if (period < 2) { reason = "the period must be at least 2"; return false; }
        if (n < 2 * period) { reason = $"{n} points are fewer than two periods of {period}"; return false; }
        foreach (var v in y)
            if (!double.IsFinite(v)) { reason = "the series has a non-finite value"; return false; }

        int half = period / 2;
        bool even = period % 2 == 0;
        var sums = new double[period];
        var counts = new int[period];
        for (int t = half; t < n - half; t++)
        {
            double trend = CentredAverage(y, t, half, even, period);
            if (!(trend > 0)) { reason = $"the trend at position {t} is not positive"; return false; }
            sums[t % period] += y[t] / trend;
            counts[t % period]++;
        }

        var figure = new double[period];
        double total = 0;
        for (int k = 0; k < period; k++)
        {
            figure[k] = sums[k] / counts[k];
            total += figure[k];
        }
        double mean = total / period;
        for (int k = 0; k < period; k++)
        {
            figure[k] /= mean;
            if (!(figure[k] > 0) || !double.IsFinite(figure[k])) { reason = $"seasonal index {k} is not positive"; return false; }
        }
        indices = figure;
        reason = "";
        return true;
    }

    // Even m: weights 1/(2m), 1/m, ..., 1/m, 1/(2m) over m+1 points; odd m: equal weights over m points.
    private static double CentredAverage(ReadOnlySpan<double> y, int t, int half, bool even, int period)
    {
        double s = 0;
        if (even)
        {
            s = 0.5 * (y[t - half] + y[t + half]);
            for (int j = t - half + 1; j < t + half; j++) s += y[j];
        }
        else
        {
            for (int j = t - half; j <= t + half; j++) s += y[j];
        }
        return s / period;
    }
}
