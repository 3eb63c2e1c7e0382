using System.Diagnostics.CodeAnalysis;
using MathNet.Numerics.LinearAlgebra;

namespace ActorCluster.Analytics.Stationarity;

/// <summary>
/// Augmented Dickey–Fuller unit-root test (Dickey &amp; Fuller 1979; Said &amp; Dickey 1984):
/// OLS of Δyₜ on yₜ₋₁, the deterministic terms and k lagged differences Δyₜ₋₁…Δyₜ₋ₖ; the statistic is the
/// t-ratio of yₜ₋₁. With automatic lags, k ∈ [0, k_max] minimises AIC = n·ln(SSR/n) + 2·(regressors) on a common
/// sample, k_max = ⌊12(n/100)^¼⌋ (Schwert 1989), and the chosen k is refitted on all usable rows
/// (as statsmodels' <c>adfuller(autolag="AIC")</c>). P-values and critical values: <see cref="MacKinnonDistribution"/>.
/// </summary>
public static class AdfTest
{
    /// <summary>Runs the test; false with a reason for empty, non-finite, constant or too-short input (fewer than 10 points).</summary>
    /// <param name="y">The series.</param>
    /// <param name="regression">Deterministic terms.</param>
    /// <param name="lags">Fixed number of lagged differences, or null for AIC selection.</param>
    /// <param name="result">The result when true.</param>
    /// <param name="reason">Why not, when false.</param>
    public static bool TryCompute(ReadOnlySpan<double> y, AdfRegression regression, int? lags,
        [NotNullWhen(true)] out AdfResult? result, out string reason)
    {
        result = null;
        if (!SeriesCheck.IsUsable(y, 10, out reason)) return false;
        int n = y.Length, det = (int)regression;
        int cap = n / 2 - det - 2;
        if (lags is < 0) { reason = "lags must be non-negative"; return false; }
        if (lags > cap) { reason = $"at most {cap} lags for {n} observations"; return false; }
        var dy = new double[n - 1];
        for (int t = 1; t < n; t++) dy[t - 1] = y[t] - y[t - 1];
        var level = y.ToArray();

        int k = lags ?? SelectLag(level, dy, regression, Math.Min(cap, (int)Math.Floor(12 * Math.Pow(n / 100.0, 0.25))));
        var fit = Regress(level, dy, regression, k, k);
        double tau = fit.Coefficients[0] / fit.FirstStandardError;
        if (!double.IsFinite(tau)) { reason = "the regression is singular (is the series constant or deterministic?)"; return false; }
        int obs = fit.Observations;
        result = new AdfResult(tau, MacKinnonDistribution.PValue(tau, regression), k, obs,
            MacKinnonDistribution.CriticalValue(regression, 0, obs),
            MacKinnonDistribution.CriticalValue(regression, 1, obs),
            MacKinnonDistribution.CriticalValue(regression, 2, obs), regression);
        return true;
    }

    /// <summary>Runs the test or throws.</summary>
    /// <exception cref="ArgumentException">The input is unusable; the message says why.</exception>
    public static AdfResult Compute(ReadOnlySpan<double> y, AdfRegression regression = AdfRegression.Constant, int? lags = null) =>
        TryCompute(y, regression, lags, out var r, out var reason) ? r : throw new ArgumentException(reason, nameof(y));

    private static int SelectLag(double[] level, double[] dy, AdfRegression regression, int maxLag)
    {
        int best = 0;
        double bestAic = double.PositiveInfinity;
        for (int k = 0; k <= maxLag; k++)
        {
            var fit = Regress(level, dy, regression, k, maxLag);
            int regressors = 1 + (int)regression + k;
            double aic = fit.Observations * Math.Log(fit.Ssr / fit.Observations) + 2 * regressors;
            if (aic < bestAic) { bestAic = aic; best = k; }
        }
        return best;
    }

    /// <summary>Δyₜ on [yₜ₋₁, const?, trend?, Δyₜ₋₁…Δyₜ₋ₖ] for rows t ≥ start + 1 (start ≥ k).</summary>
    private static LeastSquaresFit Regress(double[] level, double[] dy, AdfRegression regression, int k, int start)
    {
        int rows = dy.Length - start, det = (int)regression, cols = 1 + det + k;
        var x = Matrix<double>.Build.Dense(rows, cols);
        var target = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            int t = start + i; // index into dy; Δy[t] = y[t+1] − y[t]
            target[i] = dy[t];
            x[i, 0] = level[t];
            if (det >= 1) x[i, 1] = 1;
            if (det == 2) x[i, 2] = t + 1;
            for (int j = 1; j <= k; j++) x[i, det + j] = dy[t - j];
        }
        return LeastSquaresFit.Compute(x, target);
    }
}
