using MathNet.Numerics.Distributions;

namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// A screen for seasonality at lag m, used only to skip seasonal candidates that cannot win: the one-way analysis of
/// variance F-test of season-position means (seasonal dummies) on the first differences of the series.
/// Differencing removes level and trend (a random walk becomes white noise, for which the autocorrelation at lag
/// m would falsely signal seasonality), while a seasonal pattern stays periodic in the differences. The 90% level
/// errs towards keeping seasonal candidates: a false "seasonal" costs time only, AICc still decides.
/// </summary>
internal static class SeasonalityTest
{
    private const double Level = 0.90;

    /// <summary>
    /// True when the position means of the differenced series differ significantly (F-test, p &lt; 0.10). Also true
    /// when the test has too little data to tell (n &lt; 3m), so callers keep seasonal candidates; false for m &lt; 2.
    /// </summary>
    internal static bool IsSeasonal(ReadOnlySpan<double> y, int m)
    {
        int n = y.Length - 1;
        if (m < 2) return false;
        if (y.Length < 3 * m) return true;
        Span<double> sums = m <= 512 ? stackalloc double[m] : new double[m];
        Span<int> counts = m <= 512 ? stackalloc int[m] : new int[m];
        sums.Clear(); counts.Clear();
        double total = 0.0, totalSquares = 0.0;
        for (int t = 1; t < y.Length; t++)
        {
            double d = y[t] - y[t - 1];
            sums[t % m] += d; counts[t % m]++;
            total += d; totalSquares += d * d;
        }
        double mean = total / n, between = 0.0;
        for (int j = 0; j < m; j++) between += sums[j] * sums[j] / counts[j];
        between -= n * mean * mean;
        double within = totalSquares - n * mean * mean - between;
        if (!(within > 0)) return between > 0;
        double f = between / (m - 1) / (within / (n - m));
        return FisherSnedecor.CDF(m - 1, n - m, f) > Level;
    }
}
