namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// Maps unconstrained reals to the coefficients of a stationary AR polynomial 1 − Σ φₖBᵏ and back,
/// through partial autocorrelations rₖ = tanh(uₖ) ∈ (−1, 1) and the Durbin–Levinson recursion
/// (Barndorff-Nielsen &amp; Schou 1973; Jones 1980; Monahan 1984). Every u gives a stationary φ, so the
/// optimiser searches freely; tanh (as R's <c>arima</c>) flattens fast towards ±1, so a fit that runs to the
/// unit-root boundary (common for over-differenced series) stops after a few steps instead of creeping outwards. An invertible MA polynomial 1 + Σ θₖBᵏ is obtained as θ = −φ.
/// </summary>
internal static class MonahanTransform
{
    private const double MaxPartial = 1 - 1e-9;

    /// <summary>Writes the stationary AR coefficients for <paramref name="u"/> into <paramref name="phi"/>.</summary>
    public static void Constrain(ReadOnlySpan<double> u, Span<double> phi)
    {
        int p = u.Length;
        Span<double> prev = stackalloc double[p];
        for (int k = 0; k < p; k++)
        {
            // tanh rounds to exactly ±1 beyond |u| ≈ 19; stay strictly inside so the result always round-trips.
            double r = Math.Clamp(Math.Tanh(u[k]), -MaxPartial, MaxPartial);
            for (int j = 0; j < k; j++) phi[j] = prev[j] - r * prev[k - 1 - j];
            phi[k] = r;
            phi[..(k + 1)].CopyTo(prev);
        }
    }

    /// <summary>
    /// The inverse of <see cref="Constrain"/>. Returns false when φ is not stationary
    /// (a partial autocorrelation reaches ±1), leaving <paramref name="u"/> undefined.
    /// </summary>
    public static bool TryUnconstrain(ReadOnlySpan<double> phi, Span<double> u)
    {
        int p = phi.Length;
        Span<double> cur = stackalloc double[p];
        Span<double> next = stackalloc double[p];
        phi.CopyTo(cur);
        for (int k = p - 1; k >= 0; k--)
        {
            double r = cur[k];
            if (!(Math.Abs(r) < 1)) return false;
            u[k] = Math.Atanh(r);
            for (int j = 0; j < k; j++) next[j] = (cur[j] + r * cur[k - 1 - j]) / (1 - r * r);
            next[..k].CopyTo(cur);
        }
        return true;
    }
}
