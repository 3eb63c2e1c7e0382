using System.Diagnostics.CodeAnalysis;

namespace ActorCluster.Analytics.Stationarity;

/// <summary>
/// KPSS stationarity test (Kwiatkowski, Phillips, Schmidt &amp; Shin 1992, J. Econometrics 54):
/// eₜ are the residuals of y on a constant (level) or on (1, t) (trend), Sₜ = Σᵢ≤ₜ eᵢ, and
/// η = n⁻² Σ Sₜ² / σ̂²_LR with the Newey–West (1987) Bartlett estimate
/// σ̂²_LR = n⁻¹[Σ eₜ² + 2 Σₛ₌₁ˡ (1 − s/(l+1)) Σₜ eₜeₜ₋ₛ]. O(n·l).
/// </summary>
public static class KpssTest
{
    // Kwiatkowski et al. (1992), Table 1: upper-tail critical values at 10%, 5%, 2.5%, 1%.
    private static readonly double[] Levels = [0.10, 0.05, 0.025, 0.01];
    private static readonly double[] LevelCritical = [0.347, 0.463, 0.574, 0.739];
    private static readonly double[] TrendCritical = [0.119, 0.146, 0.176, 0.216];

    /// <summary>Runs the test; false with a reason for empty, non-finite, constant or too-short input (fewer than 4 points).</summary>
    public static bool TryCompute(ReadOnlySpan<double> y, bool trend, KpssLagRule rule,
        [NotNullWhen(true)] out KpssResult? result, out string reason) =>
        TryCompute(y, trend, (int?)null, rule, out result, out reason);

    /// <summary>Runs the test with a fixed truncation lag l ≥ 0 (l &lt; n).</summary>
    public static bool TryCompute(ReadOnlySpan<double> y, bool trend, int lags,
        [NotNullWhen(true)] out KpssResult? result, out string reason) =>
        TryCompute(y, trend, (int?)lags, KpssLagRule.Short, out result, out reason);

    /// <summary>Runs the test or throws.</summary>
    /// <exception cref="ArgumentException">The input is unusable; the message says why.</exception>
    public static KpssResult Compute(ReadOnlySpan<double> y, bool trend = false, KpssLagRule rule = KpssLagRule.Short) =>
        TryCompute(y, trend, rule, out var r, out var reason) ? r : throw new ArgumentException(reason, nameof(y));

    private static bool TryCompute(ReadOnlySpan<double> y, bool trend, int? fixedLags, KpssLagRule rule,
        [NotNullWhen(true)] out KpssResult? result, out string reason)
    {
        result = null;
        if (!SeriesCheck.IsUsable(y, 4, out reason)) return false;
        int n = y.Length;
        var e = Residuals(y, trend);
        int l = fixedLags ?? rule switch
        {
            KpssLagRule.Long => (int)(10 * Math.Sqrt(n) / 14),
            KpssLagRule.Automatic => AutomaticLag(e),
            _ => (int)(3 * Math.Sqrt(n) / 13),
        };
        if (l < 0 || l >= n) { reason = $"lags must be in [0, {n - 1}]"; return false; }

        double lrv = AutoCovariance(e, 0);
        for (int s = 1; s <= l; s++) lrv += 2 * (1 - s / (l + 1.0)) * AutoCovariance(e, s);
        double sum = 0, eta = 0;
        foreach (var v in e) { sum += v; eta += sum * sum; }
        eta /= (double)n * n * lrv;
        if (!(lrv > 0) || !double.IsFinite(eta)) { reason = "the long-run variance is not positive"; return false; }

        result = new KpssResult(eta, PValue(eta, trend), l, trend, (trend ? TrendCritical : LevelCritical)[1]);
        return true;
    }

    /// <summary>Linear interpolation of the p-value in the table, clamped to [0.01, 0.10] (as R's forecast::ndiffs with urca).</summary>
    internal static double PValue(double eta, bool trend)
    {
        var crit = trend ? TrendCritical : LevelCritical;
        if (eta <= crit[0]) return Levels[0];
        if (eta >= crit[^1]) return Levels[^1];
        int i = 1;
        while (eta > crit[i]) i++;
        double f = (eta - crit[i - 1]) / (crit[i] - crit[i - 1]);
        return Levels[i - 1] + f * (Levels[i] - Levels[i - 1]);
    }

    private static double[] Residuals(ReadOnlySpan<double> y, bool trend)
    {
        int n = y.Length;
        var e = new double[n];
        double ybar = 0;
        foreach (var v in y) ybar += v;
        ybar /= n;
        double tbar = (n - 1) / 2.0, stt = 0, sty = 0;
        if (trend)
            for (int t = 0; t < n; t++) { stt += (t - tbar) * (t - tbar); sty += (t - tbar) * (y[t] - ybar); }
        double slope = trend ? sty / stt : 0;
        for (int t = 0; t < n; t++) e[t] = y[t] - ybar - slope * (t - tbar);
        return e;
    }

    /// <summary>(1/n) Σₜ eₜeₜ₋ₛ.</summary>
    private static double AutoCovariance(double[] e, int s)
    {
        double c = 0;
        for (int t = s; t < e.Length; t++) c += e[t] * e[t - s];
        return c / e.Length;
    }

    private static int AutomaticLag(double[] e)
    {
        int n = e.Length;
        int m = (int)(4 * Math.Pow(n / 100.0, 2.0 / 9));
        double s0 = AutoCovariance(e, 0), s1 = 0;
        for (int j = 1; j <= m; j++)
        {
            double g = AutoCovariance(e, j);
            s0 += 2 * g;
            s1 += 2 * j * g;
        }
        double gamma = 1.1447 * Math.Pow(s1 / s0 * (s1 / s0), 1.0 / 3);
        int l = (int)(gamma * Math.Pow(n, 1.0 / 3));
        return double.IsFinite(gamma) ? Math.Clamp(l, 0, n - 1) : 0;
    }
}
