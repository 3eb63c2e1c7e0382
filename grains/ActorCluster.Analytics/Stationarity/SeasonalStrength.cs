namespace ActorCluster.Analytics.Stationarity;

/// <summary>
/// Strength of seasonality F_S = max(0, 1 − Var(Rₜ)/Var(Sₜ + Rₜ)) (Wang, Smith &amp; Hyndman 2006;
/// Hyndman &amp; Athanasopoulos, FPP3 §4.3), computed here from a classical additive decomposition instead of
/// STL: trend by a centred moving average of order m (2×m when m is even), seasonal indices as the mean
/// detrended value at each position of the cycle (centred to sum to zero), remainder the rest.
/// R's <c>nsdiffs(test = "seas")</c> applies one seasonal difference when F_S &gt; 0.64; this is the
/// same rule with a cheaper, O(n), decomposition, which is less robust to outliers than STL.
/// </summary>
public static class SeasonalStrength
{
    /// <summary>F_S in [0, 1]; NaN when m &lt; 2, the series has fewer than 2m + 1 points,
    /// contains NaN/∞, or has no variation around its trend.</summary>
    public static double Compute(ReadOnlySpan<double> y, int period)
    {
        int n = y.Length, m = period;
        if (m < 2 || n < 2 * m + 1) return double.NaN;
        foreach (var v in y) if (!double.IsFinite(v)) return double.NaN;

        int half = m / 2, first = half, last = n - 1 - half;
        var detrended = new double[n];
        for (int t = first; t <= last; t++)
        {
            double trend;
            if (m % 2 == 1)
            {
                trend = 0;
                for (int k = -half; k <= half; k++) trend += y[t + k];
                trend /= m;
            }
            else
            {
                trend = 0.5 * (y[t - half] + y[t + half]);
                for (int k = -half + 1; k < half; k++) trend += y[t + k];
                trend /= m;
            }
            detrended[t] = y[t] - trend;
        }

        var index = new double[m];
        var counts = new int[m];
        for (int t = first; t <= last; t++) { index[t % m] += detrended[t]; counts[t % m]++; }
        for (int j = 0; j < m; j++) index[j] /= counts[j];
        double centre = index.Average();
        for (int j = 0; j < m; j++) index[j] -= centre;

        double varR = Variance(detrended, first, last, t => detrended[t] - index[t % m]);
        double varSr = Variance(detrended, first, last, t => detrended[t]);
        if (!(varSr > 0)) return double.NaN;
        return Math.Max(0, 1 - varR / varSr);
    }

    private static double Variance(double[] d, int first, int last, Func<int, double> value)
    {
        int count = last - first + 1;
        double mean = 0, ss = 0;
        for (int t = first; t <= last; t++) mean += value(t);
        mean /= count;
        for (int t = first; t <= last; t++) { double e = value(t) - mean; ss += e * e; }
        return ss / (count - 1);
    }
}
