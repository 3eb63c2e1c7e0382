namespace ActorCluster.Analytics.Volatility;

/// <summary>
/// Gaussian log-likelihood of a constant-mean GARCH(1,1) and its analytic gradient.
/// </summary>
/// <remarks>
/// <c>LL = -0.5 Σ_t [log(2π) + log h_t + e_t² / h_t]</c> with <c>e_t = x_t - μ</c>.
/// The recursion starts at <c>h_1 = ω + (α + β) · mean(e²)</c>, the start that reproduces the published
/// DM/GBP benchmark log-likelihood -1106.608 (see shared/data/SOURCES.md); the alternative
/// <c>h_1 = mean(e²)</c> gives -1106.5868 at the same parameters.
/// The gradient follows the derivative recursions of Fiorentini, Calzolari and Panattoni (1996),
/// "Analytic derivatives and the computation of GARCH estimates", J. Appl. Econometrics 11(4).
/// </remarks>
internal static class GarchLikelihood
{
    private const double LogTwoPi = 1.8378770664093453;

    /// <summary>
    /// Returns the log-likelihood; when <paramref name="gradient"/> has length 4 it receives
    /// ∂LL/∂(μ, ω, α, β). Returns NaN if a conditional variance is not positive and finite.
    /// </summary>
    public static double Evaluate(ReadOnlySpan<double> x, GarchParameters p, Span<double> gradient)
    {
        int n = x.Length;
        double mu = p.Mu, w = p.Omega, a = p.Alpha, b = p.Beta;
        double sumE = 0, sumE2 = 0;
        foreach (var v in x) { double e0 = v - mu; sumE += e0; sumE2 += e0 * e0; }
        double m2 = sumE2 / n;
        double h = w + (a + b) * m2;

        bool wantGradient = gradient.Length == 4;
        double dMu = (a + b) * (-2 * sumE / n), dW = 1, dA = m2, dB = m2;
        double sum = 0, gMu = 0, gW = 0, gA = 0, gB = 0;
        for (int t = 0; t < n; t++)
        {
            if (!(h > 0) || !double.IsFinite(h)) return double.NaN;
            double e = x[t] - mu, e2 = e * e, ratio = e2 / h;
            sum += Math.Log(h) + ratio;
            if (wantGradient)
            {
                double c = (1 - ratio) / h; // ∂(log h + e²/h)/∂h
                gMu += c * dMu - 2 * e / h;
                gW += c * dW; gA += c * dA; gB += c * dB;
                // derivatives of h_{t+1}; dB uses h_t, so update before h
                dMu = -2 * a * e + b * dMu; dW = 1 + b * dW; dA = e2 + b * dA; dB = h + b * dB;
            }
            h = w + a * e2 + b * h;
        }
        if (wantGradient)
        {
            gradient[0] = -0.5 * gMu; gradient[1] = -0.5 * gW;
            gradient[2] = -0.5 * gA; gradient[3] = -0.5 * gB;
        }
        return -0.5 * (n * LogTwoPi + sum);
    }

    /// <summary>
    /// Runs the variance recursion over <paramref name="x"/> and returns <c>h_{n+1}</c>, the conditional
    /// variance of the next, unseen observation. NaN when the recursion breaks down.
    /// </summary>
    public static double NextVariance(ReadOnlySpan<double> x, GarchParameters p)
    {
        double m2 = 0;
        foreach (var v in x) { double e0 = v - p.Mu; m2 += e0 * e0; }
        double h = p.Omega + p.Persistence * (m2 / x.Length);
        foreach (var v in x)
        {
            double e = v - p.Mu;
            h = p.Omega + p.Alpha * e * e + p.Beta * h;
        }
        return h > 0 && double.IsFinite(h) ? h : double.NaN;
    }
}
