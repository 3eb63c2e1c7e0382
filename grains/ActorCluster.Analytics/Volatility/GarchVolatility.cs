using ActorCluster.Analytics.Forecasting;

namespace ActorCluster.Analytics.Volatility;

/// <summary>
/// Constant-mean GARCH(1,1) with Gaussian innovations (Bollerslev 1986, "Generalized autoregressive
/// conditional heteroskedasticity", J. Econometrics 31:307–327), fitted by maximum likelihood and then
/// updated one observation at a time.
/// </summary>
/// <remarks>
/// <para>Model: <c>x_t = μ + e_t</c>, <c>h_t = ω + α e²_{t-1} + β h_{t-1}</c>; the likelihood recursion starts
/// at <c>h_1 = ω + (α + β)·mean(e²)</c>. <see cref="ConditionalVariance"/> is always the variance of the
/// <em>next</em>, not yet observed value.</para>
/// <para>Fitting (<see cref="TryFit"/>) allocates and costs O(n) per likelihood evaluation; updating
/// (<see cref="TryUpdate"/>) is O(1) and allocation-free. A refit starts from the previous estimates.</para>
/// </remarks>
public sealed class GarchVolatility
{
    /// <summary>Default minimum sample size for a fit: 100 observations.</summary>
    public const int DefaultMinObservations = 100;

    /// <summary>Creates an unfitted model.</summary>
    /// <param name="minObservations">Fewer observations than this make <see cref="TryFit"/> fail (at least 10).</param>
    public GarchVolatility(int minObservations = DefaultMinObservations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minObservations, 10);
        MinObservations = minObservations;
    }

    /// <summary>Smallest sample accepted by <see cref="TryFit"/>.</summary>
    public int MinObservations { get; }

    /// <summary>True once a fit succeeded (or fitted state was imported).</summary>
    public bool IsFitted { get; private set; }

    /// <summary>Current parameters; default (all zero) while not fitted.</summary>
    public GarchParameters Parameters { get; private set; }

    /// <summary>Log-likelihood of the last successful fit; NaN while not fitted.</summary>
    public double LogLikelihood { get; private set; } = double.NaN;

    /// <summary>Conditional variance of the next observation, <c>h_{t+1}</c>; NaN while not fitted.</summary>
    public double ConditionalVariance { get; private set; } = double.NaN;

    /// <summary>Square root of <see cref="ConditionalVariance"/>; NaN while not fitted.</summary>
    public double ConditionalVolatility => Math.Sqrt(ConditionalVariance);

    /// <summary>
    /// Fits μ, ω, α, β by maximum likelihood and filters the sample to set <see cref="ConditionalVariance"/>.
    /// Never throws for bad data: too few points, NaN/∞ values, a constant series or a failed optimisation
    /// return a result with <see cref="GarchFitResult.IsFitted"/> false and leave the current model unchanged.
    /// </summary>
    public GarchFitResult TryFit(ReadOnlySpan<double> observations)
    {
        int n = observations.Length;
        if (n < MinObservations)
            return GarchFitResult.Failed($"need at least {MinObservations} observations, got {n}", n);
        double mean = 0;
        foreach (var v in observations)
        {
            if (!double.IsFinite(v)) return GarchFitResult.Failed("observations contain NaN or infinity", n);
            mean += v;
        }
        mean /= n;
        double ss = 0;
        foreach (var v in observations) ss += (v - mean) * (v - mean);
        double scale = Math.Sqrt(ss / n);
        if (!(scale > 1e-12 * Math.Max(1, Math.Abs(mean))))
            return GarchFitResult.Failed("constant series: the variance is zero", n);

        // Fit on standardised data so every parameter is of order one; GARCH is scale-equivariant.
        var y = new double[n];
        for (int i = 0; i < n; i++) y[i] = (observations[i] - mean) / scale;
        GarchParameters? start = IsFitted
            ? new GarchParameters((Parameters.Mu - mean) / scale, Parameters.Omega / (scale * scale), Parameters.Alpha, Parameters.Beta)
            : null;

        var (fit, iterations) = GarchOptimizer.Maximise(y, start);
        if (fit is not { } p) return GarchFitResult.Failed("the likelihood optimisation did not converge", n);

        var estimate = new GarchParameters(mean + p.Mu * scale, p.Omega * scale * scale, p.Alpha, p.Beta);
        double ll = GarchLikelihood.Evaluate(observations, estimate, default);
        double next = GarchLikelihood.NextVariance(observations, estimate);
        if (!double.IsFinite(ll) || double.IsNaN(next) || !estimate.IsValid)
            return GarchFitResult.Failed("the fitted parameters are not valid", n);

        Parameters = estimate; LogLikelihood = ll; ConditionalVariance = next; IsFitted = true;
        return new GarchFitResult(true, null, estimate, ll, n, iterations);
    }

    /// <summary>
    /// O(1), allocation-free update with one new observation: <c>h ← ω + α (x - μ)² + β h</c>.
    /// Returns false (state unchanged) when not fitted or <paramref name="observation"/> is NaN/∞.
    /// </summary>
    public bool TryUpdate(double observation)
    {
        if (!IsFitted || !double.IsFinite(observation)) return false;
        var p = Parameters;
        double e = observation - p.Mu;
        double h = p.Omega + p.Alpha * e * e + p.Beta * ConditionalVariance;
        if (!double.IsFinite(h)) return false;
        ConditionalVariance = h;
        return true;
    }

    /// <summary>
    /// Expected conditional variance <paramref name="steps"/> periods ahead (1 = next observation):
    /// <c>σ̄² + (α + β)^{k-1} (h_{t+1} - σ̄²)</c> with <c>σ̄² = ω / (1 - α - β)</c>. NaN while not fitted.
    /// </summary>
    public double ForecastVariance(int steps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        if (!IsFitted) return double.NaN;
        var p = Parameters;
        double longRun = p.UnconditionalVariance;
        return longRun + Math.Pow(p.Persistence, steps - 1) * (ConditionalVariance - longRun);
    }

    /// <summary>
    /// Forecast of the observations for horizons 1..<paramref name="horizon"/>: mean μ with Gaussian
    /// intervals from <see cref="ForecastVariance"/>. Null while not fitted.
    /// </summary>
    public Forecast? Forecast(int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        if (!IsFitted) return null;
        var mean = new double[horizon];
        var sd = new double[horizon];
        for (int k = 0; k < horizon; k++) { mean[k] = Parameters.Mu; sd[k] = Math.Sqrt(ForecastVariance(k + 1)); }
        return Forecasting.Forecast.FromGaussian("GARCH(1,1)", mean, sd);
    }

    /// <summary>Copies the model into a plain state object for persistence.</summary>
    public GarchVolatilityState ExportState() =>
        new(IsFitted, Parameters.Mu, Parameters.Omega, Parameters.Alpha, Parameters.Beta, ConditionalVariance, LogLikelihood);

    /// <summary>Restores a state from <see cref="ExportState"/>; an invalid fitted state is rejected with an exception.</summary>
    public void ImportState(GarchVolatilityState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var p = new GarchParameters(state.Mu, state.Omega, state.Alpha, state.Beta);
        if (state.IsFitted && (!p.IsValid || !(state.ConditionalVariance > 0)))
            throw new ArgumentException("fitted GARCH state has invalid parameters", nameof(state));
        IsFitted = state.IsFitted;
        Parameters = state.IsFitted ? p : default;
        ConditionalVariance = state.IsFitted ? state.ConditionalVariance : double.NaN;
        LogLikelihood = state.IsFitted ? state.LogLikelihood : double.NaN;
    }
}
