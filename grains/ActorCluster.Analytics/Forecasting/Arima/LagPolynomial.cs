namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// Expands the multiplicative lag polynomials of a seasonal ARIMA model into single polynomials.
/// Coefficients are returned in "recursion" form: for AR and differencing, c where the operator is
/// 1 − Σ cᵢBⁱ; for MA, c where the operator is 1 + Σ cᵢBⁱ. Index 0 of the result is lag 1.
/// </summary>
internal static class LagPolynomial
{
    /// <summary>Coefficients of φ(B)Φ(Bˢ) as 1 − Σ φ*ₖBᵏ; length p + s·P.</summary>
    public static double[] ExpandAr(ReadOnlySpan<double> ar, ReadOnlySpan<double> seasonalAr, int period)
    {
        var a = Operator(ar, -1, 1);
        var b = Operator(seasonalAr, -1, period);
        var prod = Multiply(a, b);
        return Recursion(prod, -1);
    }

    /// <summary>Coefficients of θ(B)Θ(Bˢ) as 1 + Σ θ*ₖBᵏ; length q + s·Q.</summary>
    public static double[] ExpandMa(ReadOnlySpan<double> ma, ReadOnlySpan<double> seasonalMa, int period)
    {
        var a = Operator(ma, 1, 1);
        var b = Operator(seasonalMa, 1, period);
        return Recursion(Multiply(a, b), 1);
    }

    /// <summary>Coefficients δ of (1 − B)ᵈ(1 − Bˢ)ᴰ as 1 − Σ δₖBᵏ, so yₜ = wₜ + Σ δₖ yₜ₋ₖ.</summary>
    public static double[] Differencing(int d, int seasonalD, int period)
    {
        double[] poly = [1.0];
        for (int i = 0; i < d; i++) poly = Multiply(poly, [1.0, -1.0]);
        for (int i = 0; i < seasonalD; i++)
        {
            var season = new double[period + 1];
            season[0] = 1; season[period] = -1;
            poly = Multiply(poly, season);
        }
        return Recursion(poly, -1);
    }

    /// <summary>Applies 1 − Σ δₖBᵏ to <paramref name="y"/>; the result is shorter by δ.Length.</summary>
    public static double[] Difference(ReadOnlySpan<double> y, double[] delta)
    {
        int nd = delta.Length;
        var w = new double[Math.Max(0, y.Length - nd)];
        for (int t = nd; t < y.Length; t++)
        {
            double v = y[t];
            for (int k = 0; k < nd; k++) v -= delta[k] * y[t - k - 1];
            w[t - nd] = v;
        }
        return w;
    }

    private static double[] Operator(ReadOnlySpan<double> coef, double sign, int step)
    {
        var poly = new double[coef.Length * step + 1];
        poly[0] = 1;
        for (int i = 0; i < coef.Length; i++) poly[(i + 1) * step] = sign * coef[i];
        return poly;
    }

    private static double[] Multiply(double[] a, double[] b)
    {
        var c = new double[a.Length + b.Length - 1];
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == 0) continue;
            for (int j = 0; j < b.Length; j++) c[i + j] += a[i] * b[j];
        }
        return c;
    }

    private static double[] Recursion(double[] poly, double sign)
    {
        var c = new double[poly.Length - 1];
        for (int i = 1; i < poly.Length; i++) c[i - 1] = sign * poly[i];
        return c;
    }
}
