namespace ActorCluster.Analytics.Forecasting.Baseline;

/// <summary>
/// The M4 competition's seasonality test: a series of period <c>m</c> is seasonal when its lag-m
/// autocorrelation exceeds the 90% (one-sided, t = 1.645) limit
/// <c>1.645 / sqrt(n) * sqrt(1 + 2 * sum_{k&lt;m} r_k^2)</c> (Bartlett's formula).
/// </summary>
/// <remarks>
/// Source: Makridakis, Spiliotis &amp; Assimakopoulos (2020), "The M4 Competition: 100,000 time series and
/// 61 forecasting methods", IJF 36(1); the organisers' <c>SeasonalityTest</c> in "Benchmarks and Evaluation.R"
/// (Mcompetitions/M4-methods). The autocorrelation is R's <c>acf</c>: mean removed, denominator n.
/// Edge cases: m &lt; 2, fewer than 3m points, a constant series or any non-finite value give <c>false</c>.
/// One deliberate difference: R's <c>acf</c> stops at lag ⌊10·log10 n⌋, so the organisers' code returns FALSE
/// whenever m exceeds that (hourly m = 24 below 252 points, weekly m = 52 below ~158,000); lag m is always
/// computed here. Every M4 Hourly series has n ≥ 700, where the two agree.
/// </remarks>
public static class SeasonalityTest
{
    /// <summary>The one-sided 90% critical value used by the M4 organisers.</summary>
    public const double CriticalValue = 1.645;

    /// <summary>True when the series is seasonal with period <paramref name="period"/> by the M4 test.</summary>
    public static bool IsSeasonal(ReadOnlySpan<double> y, int period)
    {
        int n = y.Length;
        if (period < 2 || n < 3 * period) return false;
        double mean = 0;
        foreach (var v in y)
        {
            if (!double.IsFinite(v)) return false;
            mean += v;
        }
        mean /= n;
        double c0 = 0;
        foreach (var v in y) c0 += (v - mean) * (v - mean);
        if (c0 <= 0) return false;

        double sumSquares = 0, rm = 0;
        for (int k = 1; k <= period; k++)
        {
            double r = Autocovariance(y, mean, k) / c0;
            if (k < period) sumSquares += r * r;
            else rm = r;
        }
        double limit = CriticalValue / Math.Sqrt(n) * Math.Sqrt(1 + 2 * sumSquares);
        return Math.Abs(rm) > limit;
    }

    private static double Autocovariance(ReadOnlySpan<double> y, double mean, int lag)
    {
        double s = 0;
        for (int t = lag; t < y.Length; t++) s += (y[t] - mean) * (y[t - lag] - mean);
        return s;
    }
}
