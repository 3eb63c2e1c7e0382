namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// Solves the discrete Lyapunov equation P = TPT' + RR' for Harvey's ARMA transition
/// (first column φ, ones on the superdiagonal) by the doubling algorithm:
/// P ← P + AₖPAₖ', Aₖ₊₁ = Aₖ², which sums Σ TʲRR'T'ʲ in O(r³ log(1/(1−ρ))) where ρ is the
/// spectral radius of T (Anderson &amp; Moore 1979, §6.7). Requires a stationary φ.
/// </summary>
internal static class StationaryCovariance
{
    private const int MaxIterations = 64;

    public static void Compute(ReadOnlySpan<double> phi, ReadOnlySpan<double> r, Span<double> p)
    {
        int m = phi.Length;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < m; j++) p[i * m + j] = r[i] * r[j];
        if (m == 1)
        {
            p[0] = 1 / (1 - phi[0] * phi[0]);
            return;
        }

        var a = new double[m * m];
        for (int i = 0; i < m; i++)
        {
            a[i * m] = phi[i];
            if (i + 1 < m) a[i * m + i + 1] = 1;
        }
        var tmp = new double[m * m];
        var apa = new double[m * m];
        for (int iter = 0; iter < MaxIterations; iter++)
        {
            // apa = A P A'
            MultiplyInto(a, p, tmp, m, transposeRight: false);
            MultiplyInto(tmp, a, apa, m, transposeRight: true);
            double add = 0, size = 0;
            for (int k = 0; k < m * m; k++)
            {
                p[k] += apa[k];
                add = Math.Max(add, Math.Abs(apa[k]));
                size = Math.Max(size, Math.Abs(p[k]));
            }
            if (add <= 1e-15 * size) return;
            MultiplyInto(a, a, tmp, m, transposeRight: false);
            Array.Copy(tmp, a, m * m);
        }
    }

    private static void MultiplyInto(double[] x, ReadOnlySpan<double> y, double[] result, int m, bool transposeRight)
    {
        Array.Clear(result);
        for (int i = 0; i < m; i++)
        {
            for (int k = 0; k < m; k++)
            {
                double xik = x[i * m + k];
                if (xik == 0) continue;
                if (transposeRight)
                {
                    // (X Y')[i,j] = Σ_k X[i,k] Y[j,k]
                    for (int j = 0; j < m; j++) result[i * m + j] += xik * y[j * m + k];
                }
                else
                {
                    for (int j = 0; j < m; j++) result[i * m + j] += xik * y[k * m + j];
                }
            }
        }
    }
}
