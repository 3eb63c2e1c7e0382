namespace ActorCluster.Analytics.Drift;

/// <summary>
/// Two-sample Kolmogorov–Smirnov test (Smirnov 1948): statistic <c>D = sup_x |F₁(x) − F₂(x)|</c> and
/// p-value <c>Q_KS(λ)</c> with <c>λ = (√nₑ + 0.12 + 0.11/√nₑ) D</c>, <c>nₑ = n m / (n + m)</c>
/// (Stephens 1970, J. R. Statist. Soc. B 32:115–122; Press et al., <i>Numerical Recipes</i> 3rd ed., §14.3.3).
/// </summary>
public static class KolmogorovSmirnov
{
    /// <summary>
    /// Tests whether <paramref name="a"/> and <paramref name="b"/> come from the same distribution.
    /// NaN values are dropped; ±∞ are legitimate extreme values. Never throws: with an empty sample after
    /// dropping NaN the result is invalid with a reason. Allocates copies for sorting.
    /// </summary>
    public static KolmogorovSmirnovResult TwoSample(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sa = new double[a.Length];
        var sb = new double[b.Length];
        return TwoSample(a, b, sa, sb);
    }

    /// <summary>
    /// Allocation-free form of <see cref="TwoSample(ReadOnlySpan{double}, ReadOnlySpan{double})"/>:
    /// <paramref name="scratchA"/> and <paramref name="scratchB"/> (at least as long as the samples) are
    /// overwritten with the sorted values.
    /// </summary>
    public static KolmogorovSmirnovResult TwoSample(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> scratchA, Span<double> scratchB)
    {
        if (scratchA.Length < a.Length || scratchB.Length < b.Length)
            return KolmogorovSmirnovResult.Invalid("scratch buffers are shorter than the samples", 0, 0);
        int n = CopyNonNaN(a, scratchA), m = CopyNonNaN(b, scratchB);
        if (n == 0 || m == 0) return KolmogorovSmirnovResult.Invalid("a sample is empty (after dropping NaN)", n, m);
        var x = scratchA[..n];
        var y = scratchB[..m];
        x.Sort();
        y.Sort();
        double d = StatisticOfSorted(x, y);
        double ne = (double)n * m / (n + m);
        double sqrtNe = Math.Sqrt(ne);
        double p = KolmogorovComplementaryCdf((sqrtNe + 0.12 + 0.11 / sqrtNe) * d);
        return new KolmogorovSmirnovResult(true, null, d, p, n, m);
    }

    /// <summary>
    /// D for two ascending samples; ties across samples are stepped over together, so equal samples give 0.
    /// NaN for an empty sample.
    /// </summary>
    public static double StatisticOfSorted(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.IsEmpty || y.IsEmpty) return double.NaN;
        int i = 0, j = 0;
        double d = 0;
        while (i < x.Length && j < y.Length)
        {
            double v = Math.Min(x[i], y[j]);
            while (i < x.Length && x[i] <= v) i++;
            while (j < y.Length && y[j] <= v) j++;
            d = Math.Max(d, Math.Abs((double)i / x.Length - (double)j / y.Length));
        }
        return d;
    }

    /// <summary>
    /// Kolmogorov distribution tail <c>Q_KS(λ) = P(K &gt; λ) = 2 Σ_{k≥1} (−1)^{k−1} e^{−2k²λ²}</c>; for
    /// λ &lt; 1.18 the equivalent series <c>1 − (√(2π)/λ) Σ_{k≥1} e^{−(2k−1)²π²/(8λ²)}</c> is used. 1 for λ ≤ 0, NaN for NaN.
    /// </summary>
    public static double KolmogorovComplementaryCdf(double lambda)
    {
        if (double.IsNaN(lambda)) return double.NaN;
        if (lambda <= 0) return 1;
        if (lambda < 1.18)
        {
            double y = Math.Exp(-Math.PI * Math.PI / (8 * lambda * lambda));
            double y8 = Math.Pow(y, 8);
            double sum = y * (1 + y8 * (1 + y8 * y8 * (1 + y8 * y8 * y8)));
            return Math.Clamp(1 - Math.Sqrt(2 * Math.PI) / lambda * sum, 0, 1);
        }
        double x = Math.Exp(-2 * lambda * lambda);
        double x4 = Math.Pow(x, 4);
        return Math.Clamp(2 * (x - x4 + Math.Pow(x, 9) - x4 * x4 * x4 * x4), 0, 1);
    }

    private static int CopyNonNaN(ReadOnlySpan<double> source, Span<double> destination)
    {
        int k = 0;
        foreach (var v in source) if (!double.IsNaN(v)) destination[k++] = v;
        return k;
    }
}
