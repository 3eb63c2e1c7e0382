namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// Seasonal figure of the classical decomposition (R's <c>stats::decompose</c>; Kendall &amp; Stuart): a centred
/// moving average of order m (2×m for even m) as trend, detrend by difference or ratio, average per season position,
/// then normalise to sum 0 (additive) or mean 1 (multiplicative). Used only to start the initial states.
/// </summary>
internal static class ClassicalDecomposition
{
    /// <summary>
    /// Writes the seasonal figure of <paramref name="y"/> (at least 2m points) into <paramref name="figure"/>
    /// (length m); figure[j] belongs to the positions t with t mod m = j. Returns false when a moving-average value
    /// is not positive in the multiplicative case or a position has no detrended value.
    /// </summary>
    internal static bool SeasonalFigure(ReadOnlySpan<double> y, int m, bool multiplicative, Span<double> figure)
    {
        int n = y.Length, half = m / 2;
        bool even = m % 2 == 0;
        Span<int> count = m <= 512 ? stackalloc int[m] : new int[m];
        count.Clear();
        figure.Clear();
        for (int i = half; i < n - half; i++)
        {
            double sum = 0.0;
            if (even)
            {
                sum = 0.5 * (y[i - half] + y[i + half]);
                for (int j = i - half + 1; j < i + half; j++) sum += y[j];
            }
            else
            {
                for (int j = i - half; j <= i + half; j++) sum += y[j];
            }
            double trend = sum / m;
            if (multiplicative && !(trend > 0.0)) return false;
            figure[i % m] += multiplicative ? y[i] / trend : y[i] - trend;
            count[i % m]++;
        }
        double mean = 0.0;
        for (int j = 0; j < m; j++)
        {
            if (count[j] == 0) return false;
            figure[j] /= count[j];
            mean += figure[j];
        }
        mean /= m;
        for (int j = 0; j < m; j++) figure[j] = multiplicative ? figure[j] / mean : figure[j] - mean;
        return true;
    }
}
