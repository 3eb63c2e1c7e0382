namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// Heuristic initial states, following R's <c>forecast:::initstate</c> (Hyndman et al. 2008, §2.6.1): the seasonal
/// states from a classical decomposition of the first three seasons, then level and slope from the first
/// max(10, 2m) seasonally adjusted values (their mean, or a least-squares line). These only start the optimiser,
/// which then estimates the states with the smoothing parameters.
/// </summary>
/// <remarks>R fits a Fourier regression when fewer than 3m points exist; here the first two seasons are decomposed
/// instead (seasonal models need at least 2m points, see <see cref="EtsSpec.MinimumLength"/>).</remarks>
internal static class EtsInitialState
{
    /// <summary>
    /// Computes l_0, b_0 (0 without trend) and the seasonal states in R's order into <paramref name="season"/>
    /// (length m, ignored without season). Returns false when the decomposition fails.
    /// </summary>
    internal static bool Compute(EtsSpec spec, ReadOnlySpan<double> y, int m, out double level, out double slope, Span<double> season)
    {
        level = double.NaN; slope = 0.0;
        int n = y.Length, mEff = spec.IsSeasonal ? m : 1;
        Span<double> figure = mEff <= 512 ? stackalloc double[mEff] : new double[mEff];
        figure.Clear();
        bool mult = spec.Season == EtsSeason.Multiplicative;
        if (spec.IsSeasonal)
        {
            int k = Math.Min(3, n / m) * m;
            if (k < 2 * m || !ClassicalDecomposition.SeasonalFigure(y[..k], m, mult, figure)) return false;
            FillSeason(figure, m, mult, season);
        }

        int maxn = Math.Min(Math.Max(10, 2 * mEff), n);
        // Seasonally adjusted start of the series; R divides by max(figure, 0.01) in the multiplicative case.
        double sumX = 0, sumY = 0, sumXX = 0, sumXY = 0;
        for (int t = 0; t < maxn; t++)
        {
            double s = figure[t % mEff];
            double ya = !spec.IsSeasonal ? y[t] : mult ? y[t] / Math.Max(s, 1e-2) : y[t] - s;
            double x = t + 1;
            sumX += x; sumY += ya; sumXX += x * x; sumXY += x * ya;
        }
        if (!spec.HasTrend)
        {
            level = sumY / maxn;
            return double.IsFinite(level);
        }
        double meanX = sumX / maxn, meanY = sumY / maxn;
        double sxx = sumXX - maxn * meanX * meanX;
        slope = sxx > 0 ? (sumXY - maxn * meanX * meanY) / sxx : 0.0;
        level = meanY - slope * meanX;
        // R perturbs a zero first fitted value so that multiplicative errors stay defined.
        if (Math.Abs(level + slope) < 1e-8) { level *= 1 + 1e-3; slope *= 1 + 1e-3; }
        return double.IsFinite(level) && double.IsFinite(slope);
    }

    private static void FillSeason(ReadOnlySpan<double> figure, int m, bool mult, Span<double> season)
    {
        // R: init.seas = rev(seasonal[2:m]), so s_j = figure[m-1-j]; the oldest state s_{m-1} follows from the
        // normalisation and equals figure[0], the season of the first observation.
        double sum = 0.0;
        for (int j = 0; j < m - 1; j++)
        {
            season[j] = mult ? Math.Max(figure[m - 1 - j], 1e-2) : figure[m - 1 - j];
            sum += season[j];
        }
        if (mult && sum > m)
        {
            double scale = sum + (m - 1) * 1e-2;
            sum = 0.0;
            for (int j = 0; j < m - 1; j++) { season[j] /= scale; sum += season[j]; }
        }
        season[m - 1] = (mult ? m : 0.0) - sum;
    }
}
