namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// Exact Gaussian log-likelihood of a regression with SARIMA errors, computed on the differenced
/// data wₜ = Δyₜ − Δxₜ'β − μ by the Kalman filter with a stationary start (in its O(r)-per-step Chandrasekhar form, <see cref="ChandrasekharFilter"/>) (the "exact ML" of Stata's
/// and statsmodels' <c>arima</c> on the differenced series, and of R's <c>arima</c> method "ML").
/// With σ² concentrated out: ℓ = −½[n·ln(2π σ̂²) + n + Σ ln Fₜ], σ̂² = (1/n) Σ vₜ²/Fₜ
/// (Harvey 1989, §3.4; Durbin &amp; Koopman 2012, §7.2).
/// </summary>
internal sealed class SarimaLikelihood(SarimaParameterSpace space, double[] wy, double[][] wx)
{
    /// <summary>Number of differenced observations n the likelihood is built on.</summary>
    public int Count => wy.Length;

    /// <summary>−ℓ/n for the optimiser; +∞ when the filter breaks down.</summary>
    public double NegativeMeanLogLikelihood(ReadOnlySpan<double> u)
    {
        var c = space.ToCoefficients(u);
        var (ll, _) = Evaluate(space.Order, c, wy, wx);
        return double.IsFinite(ll) ? -ll / wy.Length : double.PositiveInfinity;
    }

    /// <summary>The coefficients at u, with σ² set to its concentrated estimate, and ℓ.</summary>
    public (SarimaCoefficients Coefficients, double LogLikelihood) At(ReadOnlySpan<double> u)
    {
        var c = space.ToCoefficients(u);
        var (ll, sigma2) = Evaluate(space.Order, c, wy, wx);
        return (c with { Sigma2 = sigma2 }, ll);
    }

    /// <summary>Concentrated ℓ and σ̂² for coefficients c (their σ² is ignored).</summary>
    public static (double LogLikelihood, double Sigma2) Evaluate(
        SarimaOrder order, SarimaCoefficients c, double[] wy, double[][] wx)
    {
        int n = wy.Length;
        var data = wy;
        if (wx.Length > 0)
        {
            data = new double[n];
            for (int t = 0; t < n; t++)
            {
                double v = wy[t];
                for (int j = 0; j < wx.Length; j++) v -= c.Exogenous[j] * wx[j][t];
                data[t] = v;
            }
        }
        var (ss, sumLogF) = ChandrasekharFilter.Run(c.ExpandedAr(order.Period), c.ExpandedMa(order.Period), data, c.Mean);
        double sigma2 = ss / n;
        double ll = -0.5 * (n * Math.Log(2 * Math.PI * sigma2) + n + sumLogF);
        return (ll, sigma2);
    }
}
