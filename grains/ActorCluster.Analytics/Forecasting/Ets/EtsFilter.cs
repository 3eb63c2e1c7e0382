namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// The ETS recursions run over a whole series: the inner loop of the likelihood. Allocation-free; one pass costs a
/// handful of floating-point operations per observation.
/// </summary>
/// <remarks>
/// State equations in error-correction form, as in R's <c>etscalc.c</c> (Hyndman et al. 2008, Table 2.1), with
/// q = l + phi·b (additive trend) and s the seasonal state of one season ago:
/// <list type="bullet">
/// <item>additive season: f = q + s, l' = q + alpha·(y - s - q), b' = phi·b + beta·(y - s - q), s' = s + gamma·(y - q - s);</item>
/// <item>multiplicative season: f = q·s, l' = q + alpha·(y/s - q), b' = phi·b + beta·(y/s - q), s' = s + gamma·(y/q - s).</item>
/// </list>
/// The error type only changes the residual: e = y - f (additive) or (y - f)/f (multiplicative). beta·(p - q)
/// equals R's (beta/alpha)·(l' - l - phi·b) exactly in arithmetic.
/// The seasonal ring holds the oldest state at the current index: ring[k] = s_{t-m}; it is updated in place.
/// </remarks>
internal static class EtsFilter
{
    /// <summary>
    /// Runs the recursions over <paramref name="y"/> (finite values) from the given state, which is advanced in place
    /// (<paramref name="ring"/> ends rotated by n mod m). <paramref name="errors"/>, when not empty, receives e_t.
    /// Returns false when a forecast or divisor the model needs positive is not (multiplicative forms), or the sums
    /// are not finite.
    /// </summary>
    internal static bool Run(EtsSpec spec, double alpha, double beta, double gamma, double phi,
        ref double level, ref double slope, Span<double> ring, ReadOnlySpan<double> y, Span<double> errors,
        out double sumSquares, out double sumLogForecast)
    {
        bool trended = spec.HasTrend;
        double ph = trended ? phi : 0.0, bt = trended ? beta : 0.0, b = trended ? slope : 0.0;
        Span<double> none = stackalloc double[1];
        none[0] = 0.0;
        scoped Span<double> states = ring;
        if (!spec.IsSeasonal) { states = none; gamma = 0.0; }
        double l = level;
        bool ok = spec.Season == EtsSeason.Multiplicative
            ? RunMultiplicativeSeason(spec.Error, alpha, bt, gamma, ph, ref l, ref b, states, y, errors, out sumSquares, out sumLogForecast)
            : RunAdditiveSeason(spec.Error, alpha, bt, gamma, ph, ref l, ref b, states, y, errors, out sumSquares, out sumLogForecast);
        level = l;
        if (trended) slope = b;
        return ok && double.IsFinite(sumSquares) && double.IsFinite(sumLogForecast) && double.IsFinite(l) && double.IsFinite(b);
    }

    private static bool RunAdditiveSeason(EtsError error, double alpha, double beta, double gamma, double phi,
        ref double level, ref double slope, Span<double> ring, ReadOnlySpan<double> y, Span<double> errors,
        out double sumSquares, out double sumLogForecast)
    {
        bool relative = error == EtsError.Multiplicative, store = !errors.IsEmpty;
        double l = level, b = slope, sse = 0.0, product = 1.0;
        long exponent = 0;
        int m = ring.Length, k = 0;
        sumSquares = double.NaN; sumLogForecast = double.NaN;
        for (int t = 0; t < y.Length; t++)
        {
            double phib = phi * b, q = l + phib, s = ring[k], yt = y[t];
            double f = q + s, e = yt - f;
            l = q + alpha * e;
            b = phib + beta * e;
            ring[k] = s + gamma * e;
            if (++k == m) k = 0;
            if (relative)
            {
                if (!(f > 0.0)) return false;
                e /= f;
                product = LogAccumulator.Multiply(product, f, ref exponent);
            }
            if (store) errors[t] = e;
            sse += e * e;
        }
        level = l; slope = b;
        sumSquares = sse; sumLogForecast = LogAccumulator.Log(product, exponent);
        return true;
    }

    private static bool RunMultiplicativeSeason(EtsError error, double alpha, double beta, double gamma, double phi,
        ref double level, ref double slope, Span<double> ring, ReadOnlySpan<double> y, Span<double> errors,
        out double sumSquares, out double sumLogForecast)
    {
        bool relative = error == EtsError.Multiplicative, store = !errors.IsEmpty;
        double l = level, b = slope, sse = 0.0, product = 1.0;
        long exponent = 0;
        int m = ring.Length, k = 0;
        sumSquares = double.NaN; sumLogForecast = double.NaN;
        for (int t = 0; t < y.Length; t++)
        {
            double phib = phi * b, q = l + phib, s = ring[k], yt = y[t];
            if (!(s > 0.0) || !(q > 0.0)) return false;
            double f = q * s, e = yt - f, p = yt / s - q;
            l = q + alpha * p;
            b = phib + beta * p;
            ring[k] = s + gamma * (yt / q - s);
            if (++k == m) k = 0;
            if (relative)
            {
                e /= f;
                product = LogAccumulator.Multiply(product, f, ref exponent);
            }
            if (store) errors[t] = e;
            sse += e * e;
        }
        level = l; slope = b;
        sumSquares = sse; sumLogForecast = LogAccumulator.Log(product, exponent);
        return true;
    }
}
