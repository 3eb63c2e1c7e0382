namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// Exact h-step forecasts on the undifferenced scale. The ARMA state (aₙ₊₁, Pₙ₊₁) from the Kalman filter
/// is augmented with the last d + D·s levels uₙ, uₙ₋₁, … (known, so zero variance), and the joint state
/// is propagated with yₜ = μ + αₜ[0] + Σ δₖ uₜ₋ₖ (Durbin &amp; Koopman 2012, §3.4 and §4.11). The variance
/// therefore includes the uncertainty of the current ARMA state, not only the ψ-weights.
/// Costs O(h·(r + d + D·s)²).
/// </summary>
internal static class SarimaForecaster
{
    /// <param name="filter">The filter after the last observation.</param>
    /// <param name="delta">Differencing coefficients δ (yₜ = wₜ + Σ δₖ yₜ₋ₖ).</param>
    /// <param name="levels">The last δ.Length levels, most recent first.</param>
    /// <param name="mean">μ.</param>
    /// <param name="sigma2">σ².</param>
    /// <param name="horizon">h ≥ 1.</param>
    public static (double[] Mean, double[] Sd) Forecast(
        ArmaKalmanFilter filter, double[] delta, ReadOnlySpan<double> levels, double mean, double sigma2, int horizon)
    {
        int r = filter.Dimension, nd = delta.Length, m = r + nd;
        var phi = filter.Phi;
        var load = filter.Loading;
        var x = new double[m];
        filter.State.CopyTo(x);
        levels.CopyTo(x.AsSpan(r));
        var c = new double[m * m];
        var p = filter.Covariance;
        for (int i = 0; i < r; i++)
            for (int j = 0; j < r; j++) c[i * m + j] = p[i * r + j];

        var tmp = new double[m * m];
        var col = new double[m];
        var outv = new double[m];
        var mu = new double[horizon];
        var sd = new double[horizon];
        for (int step = 0; step < horizon; step++)
        {
            double yhat = mean + Observe(x, delta, r);
            // Var(Zx) = Z C Z'
            for (int i = 0; i < m; i++) col[i] = Observe(c.AsSpan(i * m, m), delta, r);
            double variance = Observe(col, delta, r);
            mu[step] = yhat;
            sd[step] = Math.Sqrt(Math.Max(0, variance) * sigma2);
            if (step == horizon - 1) break;

            // Mean: α ← Tα; levels shift in yhat.
            Transition(x, outv, phi, delta, r);
            if (nd > 0) outv[r] = yhat;
            Array.Copy(outv, x, m);
            // Covariance: C ← T* C T*' + R R'.
            for (int j = 0; j < m; j++)
            {
                for (int i = 0; i < m; i++) col[i] = c[i * m + j];
                Transition(col, outv, phi, delta, r);
                for (int i = 0; i < m; i++) tmp[i * m + j] = outv[i];
            }
            for (int i = 0; i < m; i++)
            {
                Transition(tmp.AsSpan(i * m, m), outv, phi, delta, r);
                for (int j = 0; j < m; j++) c[i * m + j] = outv[j] + (i < r && j < r ? load[i] * load[j] : 0);
            }
        }
        return (mu, sd);
    }

    /// <summary>Z z = z[0] + Σ δₖ z[r + k − 1] (the forecast of y without μ).</summary>
    private static double Observe(ReadOnlySpan<double> z, double[] delta, int r)
    {
        double s = z[0];
        for (int k = 0; k < delta.Length; k++) s += delta[k] * z[r + k];
        return s;
    }

    /// <summary>result = T* z for the augmented transition (no constant).</summary>
    private static void Transition(ReadOnlySpan<double> z, double[] result, ReadOnlySpan<double> phi, double[] delta, int r)
    {
        int nd = delta.Length;
        for (int i = 0; i < r; i++) result[i] = phi[i] * z[0] + (i + 1 < r ? z[i + 1] : 0);
        if (nd == 0) return;
        result[r] = Observe(z, delta, r);
        for (int k = 1; k < nd; k++) result[r + k] = z[r + k - 1];
    }
}
