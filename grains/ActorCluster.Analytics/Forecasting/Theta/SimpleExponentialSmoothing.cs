namespace ActorCluster.Analytics.Forecasting.Theta;

/// <summary>
/// Simple exponential smoothing ℓₜ = ℓₜ₋₁ + α(yₜ − ℓₜ₋₁), one-step forecast ℓₜ₋₁, fitted by least squares
/// over both α ∈ [1e-4, 0.9999] and ℓ₀ — the criterion of R's <c>ses()</c> (<c>ets(y, "ANN", opt.crit = "mse")</c>)
/// used by the M4 benchmarks.
/// </summary>
/// <remarks>
/// For fixed α the one-step forecasts are linear in ℓ₀ (ℓₜ₋₁ = (1−α)^(t−1)·ℓ₀ + cₜ), so the best ℓ₀ is a
/// closed-form least-squares coefficient and the SSE is profiled over α alone: a 41-point grid, then golden
/// section search around the best grid point. The series is shifted by its first value first, which leaves
/// the fit unchanged and keeps the profiled sums well-conditioned. Cost ≈ 65 passes over the data, no allocation.
/// Source: Brown (1959); Hyndman, Koehler, Ord &amp; Snyder (2008), <i>Forecasting with Exponential Smoothing</i>, ch. 2–5.
/// </remarks>
public static class SimpleExponentialSmoothing
{
    /// <summary>Lower bound of α, as R's <c>ets</c> "usual" bounds.</summary>
    public const double MinAlpha = 1e-4;

    /// <summary>Upper bound of α, as R's <c>ets</c> "usual" bounds.</summary>
    public const double MaxAlpha = 0.9999;

    private const int GridSize = 41;
    private const double Tolerance = 1e-7;

    /// <summary>
    /// Least-squares fit of α and ℓ₀. The caller guarantees a non-empty, finite series
    /// (one point fits exactly with any α; the smallest α on the grid is then returned).
    /// </summary>
    /// <exception cref="ArgumentException">When <paramref name="y"/> is empty.</exception>
    public static SesFit Fit(ReadOnlySpan<double> y)
    {
        if (y.IsEmpty) throw new ArgumentException("the series is empty", nameof(y));
        double shift = y[0];
        int best = 0;
        double bestSse = double.PositiveInfinity;
        for (int k = 0; k < GridSize; k++)
        {
            double sse = ProfiledSse(y, shift, GridAlpha(k), out _);
            if (sse < bestSse) { bestSse = sse; best = k; }
        }
        double lo = GridAlpha(Math.Max(best - 1, 0)), hi = GridAlpha(Math.Min(best + 1, GridSize - 1));
        double alpha = GoldenSection(y, shift, lo, hi);
        if (ProfiledSse(y, shift, alpha, out _) > bestSse) alpha = GridAlpha(best);
        ProfiledSse(y, shift, alpha, out double l0);
        return Filter(y, alpha, l0 + shift);
    }

    /// <summary>Runs the recursion with fixed α and ℓ₀ and returns the final level and SSE.</summary>
    public static SesFit Filter(ReadOnlySpan<double> y, double alpha, double initialLevel)
    {
        double level = initialLevel, sse = 0;
        foreach (var v in y)
        {
            double e = v - level;
            sse += e * e;
            level += alpha * e;
        }
        return new SesFit(alpha, initialLevel, level, sse, y.Length);
    }

    private static double GridAlpha(int k) =>
        k == 0 ? MinAlpha : k == GridSize - 1 ? MaxAlpha : k / (double)(GridSize - 1);

    // SSE minimised over ℓ₀ for this α: eₜ = rₜ − gₜ·ℓ₀ with rₜ = yₜ − cₜ (cₜ the level started at 0), gₜ = (1−α)^(t−1).
    private static double ProfiledSse(ReadOnlySpan<double> y, double shift, double alpha, out double l0)
    {
        double beta = 1 - alpha, c = 0, g = 1, srr = 0, srg = 0, sgg = 0;
        foreach (var raw in y)
        {
            double v = raw - shift, r = v - c;
            srr += r * r; srg += r * g; sgg += g * g;
            c += alpha * r;
            g *= beta;
        }
        l0 = srg / sgg;
        return Math.Max(srr - srg * l0, 0);
    }

    private static double GoldenSection(ReadOnlySpan<double> y, double shift, double a, double b)
    {
        const double invPhi = 0.6180339887498949;
        double c = b - invPhi * (b - a), d = a + invPhi * (b - a);
        double fc = ProfiledSse(y, shift, c, out _), fd = ProfiledSse(y, shift, d, out _);
        while (b - a > Tolerance)
        {
            if (fc < fd) { b = d; d = c; fd = fc; c = b - invPhi * (b - a); fc = ProfiledSse(y, shift, c, out _); }
            else { a = c; c = d; fc = fd; d = a + invPhi * (b - a); fd = ProfiledSse(y, shift, d, out _); }
        }
        return 0.5 * (a + b);
    }
}
