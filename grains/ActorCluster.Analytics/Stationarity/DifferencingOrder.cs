namespace ActorCluster.Analytics.Stationarity;

/// <summary>
/// Chooses differencing orders the way R's forecast::auto.arima does (Hyndman &amp; Khandakar 2008):
/// D from a seasonal-strength rule on the series, then d by repeated KPSS tests on the seasonally
/// differenced series.
/// </summary>
public static class DifferencingOrder
{
    /// <summary>F_S above which one seasonal difference is taken (R's nsdiffs default).</summary>
    public const double SeasonalStrengthThreshold = 0.64;

    /// <summary>
    /// d: difference while the level KPSS test (lag rule <see cref="KpssLagRule.Short"/>) rejects stationarity
    /// at <paramref name="alpha"/>, at most <paramref name="maxD"/> times. Returns the d reached when the series
    /// becomes constant or too short for the test; 0 for unusable input (empty, NaN/∞, constant).
    /// </summary>
    public static int NonSeasonal(ReadOnlySpan<double> y, double alpha = 0.05, int maxD = 2)
    {
        var x = y.ToArray();
        int d = 0;
        while (d < maxD && KpssTest.TryCompute(x, false, KpssLagRule.Short, out var kpss, out _) && kpss.RejectsStationarity(alpha))
        {
            d++;
            var next = new double[x.Length - 1];
            for (int t = 1; t < x.Length; t++) next[t - 1] = x[t] - x[t - 1];
            x = next;
        }
        return d;
    }

    /// <summary>
    /// D ∈ {0, 1}: 1 when <see cref="SeasonalStrength"/> exceeds <paramref name="threshold"/> and the series
    /// covers at least three seasons (so that a seasonal difference leaves two); 0 for m &lt; 2 or unusable input.
    /// </summary>
    public static int Seasonal(ReadOnlySpan<double> y, int period, double threshold = SeasonalStrengthThreshold)
    {
        if (period < 2 || y.Length < 3 * period) return 0;
        double fs = SeasonalStrength.Compute(y, period);
        return fs > threshold ? 1 : 0;
    }
}
