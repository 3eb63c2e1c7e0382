namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// The structured secant update of NL2SOL (Dennis, Gay &amp; Welsch 1981, "An adaptive nonlinear least-squares
/// algorithm", ACM TOMS 7:348–368, eq. 13 with sizing): S approximates Σ r_i ∇²r_i, the part of the Hessian of
/// ½‖r‖² that Gauss–Newton drops. With it the model JᵀJ + S keeps converging fast on large-residual problems, where
/// plain Gauss–Newton crawls.
/// </summary>
internal static class SecantCorrection
{
    /// <summary>
    /// Updates S (p×p, row-major) in place for step s, gradient change y = g⁺ - g and structured change
    /// y# = g⁺ - J_oldᵀ r⁺. Skipped when yᵀs ≤ 0 (no positive curvature along s).
    /// </summary>
    internal static void Update(Span<double> sMatrix, ReadOnlySpan<double> step, ReadOnlySpan<double> y, ReadOnlySpan<double> ySharp, Span<double> work)
    {
        int p = step.Length;
        double ys = 0.0, sSharp = 0.0, sSs = 0.0;
        var ss = work[..p];
        for (int i = 0; i < p; i++)
        {
            double v = 0.0;
            for (int j = 0; j < p; j++) v += sMatrix[i * p + j] * step[j];
            ss[i] = v;
            ys += y[i] * step[i];
            sSharp += ySharp[i] * step[i];
            sSs += step[i] * v;
        }
        if (!(ys > 0)) return;
        // Sizing keeps S from overestimating curvature the last step did not see.
        double tau = sSs > 0 ? Math.Min(1.0, Math.Abs(sSharp) / sSs) : 1.0;
        var z = work.Slice(p, p);
        double zs = 0.0;
        for (int i = 0; i < p; i++) { z[i] = ySharp[i] - tau * ss[i]; zs += z[i] * step[i]; }
        double inv = 1.0 / ys, inv2 = zs * inv * inv;
        for (int i = 0; i < p; i++)
        for (int j = 0; j < p; j++)
            sMatrix[i * p + j] = tau * sMatrix[i * p + j] + (z[i] * y[j] + y[i] * z[j]) * inv - inv2 * y[i] * y[j];
    }

    /// <summary>
    /// NL2SOL's model switch: true when the augmented model JᵀJ + S predicted the reduction <paramref name="actual"/>
    /// of ½‖r‖² along <paramref name="step"/> better than Gauss–Newton's JᵀJ did.
    /// </summary>
    internal static bool PredictsBetter(ReadOnlySpan<double> a, ReadOnlySpan<double> secant, ReadOnlySpan<double> g, ReadOnlySpan<double> step, double actual)
    {
        int p = step.Length;
        double gs = 0.0, sAs = 0.0, sSs = 0.0;
        for (int i = 0; i < p; i++)
        {
            gs += g[i] * step[i];
            for (int j = 0; j < p; j++) { sAs += step[i] * a[i * p + j] * step[j]; sSs += step[i] * secant[i * p + j] * step[j]; }
        }
        double gaussNewton = -gs - 0.5 * sAs, augmented = gaussNewton - 0.5 * sSs;
        return Math.Abs(augmented - actual) < Math.Abs(gaussNewton - actual);
    }
}
