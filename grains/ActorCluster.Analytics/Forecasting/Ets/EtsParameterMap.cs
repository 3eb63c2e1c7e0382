namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// The optimiser's view of an ETS form: a vector x in a box, mapped to R's parameter region and initial states.
/// </summary>
/// <remarks>
/// x = [alpha, u_beta, u_gamma, phi, l_0, b_0, s_0 … s_{m-2}] (absent components left out) with
/// beta = 1e-4 + (alpha - 1e-4)·u_beta and gamma = 1e-4 + (1 - alpha - 1e-4)·u_gamma, u in [0, 1]: the box is exactly
/// R's "usual" region alpha in [1e-4, 0.9999], 1e-4 ≤ beta ≤ alpha, 1e-4 ≤ gamma ≤ 1 - alpha, phi in [0.8, 0.98]
/// (<c>forecast:::check.param</c>; Hyndman et al. 2008, §10.2). The oldest seasonal state is -Σ(others) (additive)
/// or m - Σ(others) (multiplicative), as in R. R's admissibility (forecastability) check is not applied.
/// </remarks>
internal sealed class EtsParameterMap
{
    internal const double Lower = 1e-4, Upper = 0.9999, PhiLower = 0.8, PhiUpper = 0.98;

    private readonly int _iBeta, _iGamma, _iPhi, _iLevel, _iSlope, _iSeason;

    internal EtsParameterMap(EtsSpec spec, int m)
    {
        Spec = spec;
        M = spec.IsSeasonal ? m : 1;
        int i = 1;
        _iBeta = spec.HasTrend ? i++ : -1;
        _iGamma = spec.IsSeasonal ? i++ : -1;
        _iPhi = spec.IsDamped ? i++ : -1;
        _iLevel = i++;
        _iSlope = spec.HasTrend ? i++ : -1;
        _iSeason = i;
        Dimension = i + (spec.IsSeasonal ? M - 1 : 0);
    }

    internal EtsSpec Spec { get; }

    /// <summary>Season length (1 without a season).</summary>
    internal int M { get; }

    /// <summary>Length of x.</summary>
    internal int Dimension { get; }

    /// <summary>Box bounds of x and the typical magnitude of each entry (for finite-difference steps).</summary>
    internal void Bounds(Span<double> lower, Span<double> upper, Span<double> typical, double dataScale)
    {
        for (int j = 0; j < Dimension; j++)
        {
            bool smoothing = j < _iLevel;
            lower[j] = smoothing ? 0.0 : double.NegativeInfinity;
            upper[j] = smoothing ? 1.0 : double.PositiveInfinity;
            typical[j] = smoothing ? 1.0 : dataScale;
        }
        lower[0] = Lower; upper[0] = Upper;
        if (_iPhi >= 0) { lower[_iPhi] = PhiLower; upper[_iPhi] = PhiUpper; }
    }

    /// <summary>Writes x for the given parameters (clamped into the box).</summary>
    internal void Encode(EtsParameters p, Span<double> x)
    {
        double alpha = Math.Clamp(p.Alpha, Lower, Upper);
        x[0] = alpha;
        if (_iBeta >= 0) x[_iBeta] = Fraction(p.Beta, alpha - Lower);
        if (_iGamma >= 0) x[_iGamma] = Fraction(p.Gamma, 1.0 - alpha - Lower);
        if (_iPhi >= 0) x[_iPhi] = Math.Clamp(p.Phi, PhiLower, PhiUpper);
        x[_iLevel] = p.Level;
        if (_iSlope >= 0) x[_iSlope] = p.Slope;
        for (int j = 0; j < M - 1 && Spec.IsSeasonal; j++) x[_iSeason + j] = p.SeasonSpan[j];
    }

    /// <summary>The natural parameters at x.</summary>
    internal EtsParameters Decode(ReadOnlySpan<double> x)
    {
        Smoothing(x, out double alpha, out double beta, out double gamma, out double phi);
        var season = new double[Spec.IsSeasonal ? M : 0];
        for (int pos = 0; pos < season.Length; pos++) season[M - 1 - pos] = RingState(x, pos);
        return new EtsParameters(M, alpha,
            Spec.HasTrend ? beta : double.NaN,
            Spec.IsSeasonal ? gamma : double.NaN,
            Spec.IsDamped ? phi : double.NaN,
            x[_iLevel], Spec.HasTrend ? x[_iSlope] : double.NaN, season);
    }

    /// <summary>Smoothing parameters at x in the filter's convention: beta = 0 without trend, phi = 1 undamped.</summary>
    internal void Smoothing(ReadOnlySpan<double> x, out double alpha, out double beta, out double gamma, out double phi)
    {
        alpha = x[0];
        beta = _iBeta >= 0 ? Lower + (alpha - Lower) * x[_iBeta] : 0.0;
        gamma = _iGamma >= 0 ? Lower + (1.0 - alpha - Lower) * x[_iGamma] : 0.0;
        phi = _iPhi >= 0 ? x[_iPhi] : 1.0;
    }

    internal double Level(ReadOnlySpan<double> x) => x[_iLevel];

    internal double Slope(ReadOnlySpan<double> x) => _iSlope >= 0 ? x[_iSlope] : 0.0;

    /// <summary>
    /// Seasonal state at ring position <paramref name="pos"/> (0 = oldest, the one the first observation uses):
    /// R's s_{m-1-pos}; position 0 carries the normalisation.
    /// </summary>
    internal double RingState(ReadOnlySpan<double> x, int pos)
    {
        if (pos > 0) return x[_iSeason + M - 1 - pos];
        double sum = 0.0;
        for (int j = 0; j < M - 1; j++) sum += x[_iSeason + j];
        return (Spec.Season == EtsSeason.Multiplicative ? M : 0.0) - sum;
    }

    private static double Fraction(double value, double range) =>
        range > 0 && double.IsFinite(value) ? Math.Clamp((value - Lower) / range, 0.0, 1.0) : 0.0;
}
