namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// ψ-weights and autocovariances of a stationary ARMA wₜ = Σ φᵢwₜ₋ᵢ + εₜ + Σ θⱼεₜ₋ⱼ with σ² = 1
/// (Brockwell &amp; Davis 1991, §3.3, method 2): γ(0…p) from a (p+1)-square linear system, then the recursion
/// γ(k) = Σ φᵢγ(k−i) + Σⱼ₌ₖ^q θⱼψⱼ₋ₖ for larger lags.
/// </summary>
internal static class ArmaAutocovariance
{
    /// <summary>ψ₀…ψ_{count−1}.</summary>
    public static double[] Psi(ReadOnlySpan<double> phi, ReadOnlySpan<double> theta, int count)
    {
        var psi = new double[count];
        for (int j = 0; j < count; j++)
        {
            double v = j == 0 ? 1 : j <= theta.Length ? theta[j - 1] : 0;
            for (int i = 1; i <= Math.Min(j, phi.Length); i++) v += phi[i - 1] * psi[j - i];
            psi[j] = v;
        }
        return psi;
    }

    /// <summary>γ(0)…γ(maxLag); false when the AR system is singular (a unit root).</summary>
    public static bool TryCompute(ReadOnlySpan<double> phi, ReadOnlySpan<double> theta, ReadOnlySpan<double> psi, Span<double> gamma)
    {
        int p = phi.Length, q = theta.Length;
        // rhs(k) = Σ_{j=k}^{q} θⱼψⱼ₋ₖ with θ₀ = 1.
        double Rhs(int k, ReadOnlySpan<double> th, ReadOnlySpan<double> ps)
        {
            double s = 0;
            for (int j = k; j <= th.Length; j++) s += (j == 0 ? 1 : th[j - 1]) * ps[j - k];
            return s;
        }

        int size = p + 1;
        var a = new double[size * size];
        var b = new double[size];
        for (int k = 0; k < size; k++)
        {
            a[k * size + k] += 1;
            for (int i = 1; i <= p; i++) a[k * size + Math.Abs(k - i)] -= phi[i - 1];
            b[k] = Rhs(k, theta, psi);
        }
        if (!SmallLinearSystem.TrySolve(a, b, size)) return false;
        for (int k = 0; k < gamma.Length; k++)
        {
            if (k < size) { gamma[k] = b[k]; continue; }
            double v = k <= q ? Rhs(k, theta, psi) : 0;
            for (int i = 1; i <= p; i++) v += phi[i - 1] * gamma[k - i];
            gamma[k] = v;
        }
        return true;
    }
}
