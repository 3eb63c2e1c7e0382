namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// Point forecasts and forecast standard deviations of ETS models (Hyndman et al. 2008, ch. 6; Hyndman, Koehler,
/// Ord &amp; Snyder 2005, J. Forecasting 24:17–37), as R's <c>forecast.ets</c> computes them without simulation.
/// </summary>
/// <remarks>
/// With φ_j = phi + … + phi^j (j for an undamped trend, 0 without trend) and c_j = alpha + beta·φ_j + gamma·[j mod m = 0]:
/// <list type="bullet">
/// <item>Class 1, additive error: v_h = σ²(1 + Σ_{j&lt;h} c_j²), exact.</item>
/// <item>Class 2, multiplicative error, additive components: θ_1 = μ_1², θ_h = μ_h² + σ² Σ_{j&lt;h} c_j² θ_{h-j},
/// v_h = (1 + σ²)θ_h - μ_h², exact.</item>
/// <item>Class 3, multiplicative error and season: the non-seasonal part q evolves as in class 2 (c_j without the
/// gamma term); with s the seasonal factor for step h and k = ⌊(h-1)/m⌋ seasonal updates in between,
/// v_h ≈ s²[(1 + σ²)(1 + γ²σ²)^k θ_h - μ_h²]. Exact for h ≤ m; beyond, the correlation between level and seasonal
/// innovations is ignored (an approximation; R uses the exact Kronecker-product form).</item>
/// </list>
/// Intervals are Gaussian around the point forecast, as R's analytic intervals are.
/// </remarks>
internal static class EtsForecastVariance
{
    /// <summary>Writes the point forecasts and standard deviations for 1..h (h = mean.Length); sd is NaN when σ² is.</summary>
    internal static void Compute(EtsSpec spec, double alpha, double beta, double gamma, double phi, double level, double slope,
        ReadOnlySpan<double> ring, int cursor, double sigma2, Span<double> mean, Span<double> sd)
    {
        int h = mean.Length, m = ring.Length;
        bool multSeason = spec.Season == EtsSeason.Multiplicative;
        Span<double> c = h <= 256 ? stackalloc double[h] : new double[h];
        Span<double> mu = h <= 256 ? stackalloc double[h] : new double[h];
        double phiSum = 0.0, phiPower = 1.0;
        for (int i = 0; i < h; i++)
        {
            phiPower *= phi;
            phiSum += spec.HasTrend ? phiPower : 0.0;
            // c[i] is c_{i+1}; mu[i] the non-seasonal mean l + φ_{i+1} b.
            c[i] = alpha + beta * phiSum + (spec.Season == EtsSeason.Additive && (i + 1) % m == 0 ? gamma : 0.0);
            mu[i] = level + phiSum * slope;
            double s = spec.IsSeasonal ? ring[(cursor + i) % m] : 0.0;
            mean[i] = spec.Season switch { EtsSeason.Additive => mu[i] + s, EtsSeason.Multiplicative => mu[i] * s, _ => mu[i] };
        }
        if (spec.Error == EtsError.Additive)
        {
            double sum = 1.0;
            for (int i = 0; i < h; i++)
            {
                sd[i] = Math.Sqrt(sigma2 * sum);
                sum += c[i] * c[i];
            }
            return;
        }
        Span<double> theta = h <= 256 ? stackalloc double[h] : new double[h];
        ReadOnlySpan<double> level1 = multSeason ? mu : mean;
        for (int i = 0; i < h; i++)
        {
            double t = level1[i] * level1[i];
            for (int j = 0; j < i; j++) t += sigma2 * c[j] * c[j] * theta[i - 1 - j];
            theta[i] = t;
            double v;
            if (multSeason)
            {
                double s = ring[(cursor + i) % m];
                int k = i / m;
                v = s * s * ((1 + sigma2) * Math.Pow(1 + gamma * gamma * sigma2, k) * t - mu[i] * mu[i]);
            }
            else
            {
                v = (1 + sigma2) * t - level1[i] * level1[i];
            }
            sd[i] = Math.Sqrt(Math.Max(v, 0.0));
        }
    }
}
