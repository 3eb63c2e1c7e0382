namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// The likelihood of one ETS form on one series as residuals over the vector x of <see cref="EtsParameterMap"/>.
/// </summary>
/// <remarks>
/// Likelihood on R's definition (constants dropped): lik = n·log Σe² for additive errors and
/// n·log Σε² + 2·Σ log|f_t| for multiplicative ones; loglik = -lik/2 (Hyndman et al. 2008, §5.2; R's
/// <c>etscalc.c</c>). Both are minimised as a sum of squares: the residuals are e_t, respectively G·ε_t with G the
/// geometric mean of the one-step forecasts, because n·log Σ(G ε_t)² = n·log Σε² + 2 Σ log f_t. Evaluation
/// allocates nothing after the first batch call.
/// </remarks>
internal sealed class EtsObjective : IResidualFunction
{
    private readonly EtsSpec _spec;
    private readonly double[] _y;
    private readonly double[] _ring;
    private double[] _batch = [];

    internal EtsObjective(EtsSpec spec, int m, double[] y)
    {
        _spec = spec; _y = y;
        Map = new EtsParameterMap(spec, m);
        _ring = new double[Map.M];
    }

    internal EtsParameterMap Map { get; }

    /// <summary>Length of x.</summary>
    internal int Dimension => Map.Dimension;

    /// <inheritdoc/>
    public int Count => _y.Length;

    /// <inheritdoc/>
    public bool Evaluate(ReadOnlySpan<double> x, Span<double> residuals)
    {
        if (!Run(x, residuals, out _, out double sumLog)) return false;
        if (_spec.Error == EtsError.Multiplicative)
        {
            double g = Math.Exp(sumLog / _y.Length);
            for (int t = 0; t < residuals.Length; t++) residuals[t] *= g;
        }
        return true;
    }

    /// <inheritdoc/>
    public void EvaluateBatch(ReadOnlySpan<double> points, int count, Span<double> residuals, Span<double> sumSquares)
    {
        int d = Dimension, m = Map.M;
        if (_batch.Length < count * (7 + m)) _batch = new double[count * (7 + m)];
        Span<double> buffer = _batch;
        Span<double> alpha = buffer[..count], beta = buffer.Slice(count, count), gamma = buffer.Slice(2 * count, count),
            phi = buffer.Slice(3 * count, count), level = buffer.Slice(4 * count, count), slope = buffer.Slice(5 * count, count),
            sumLog = buffer.Slice(6 * count, count), ring = buffer.Slice(7 * count, m * count);
        for (int k = 0; k < count; k++)
        {
            var x = points.Slice(k * d, d);
            Map.Smoothing(x, out alpha[k], out beta[k], out gamma[k], out phi[k]);
            if (!_spec.HasTrend) phi[k] = 0.0;
            level[k] = Map.Level(x);
            slope[k] = Map.Slope(x);
            for (int pos = 0; pos < m; pos++) ring[pos * count + k] = _spec.IsSeasonal ? Map.RingState(x, pos) : 0.0;
        }
        EtsBatchFilter.Run(_spec.Error, _spec.Season == EtsSeason.Multiplicative, count, alpha, beta, gamma, phi,
            level, slope, ring, _y, residuals, sumSquares, sumLog);
        if (_spec.Error != EtsError.Multiplicative) return;
        var scale = sumLog;
        for (int k = 0; k < count; k++)
        {
            scale[k] = Math.Exp(sumLog[k] / _y.Length);
            sumSquares[k] *= scale[k] * scale[k];
        }
        for (int t = 0; t < _y.Length; t++)
        {
            var row = residuals.Slice(t * count, count);
            for (int k = 0; k < count; k++) row[k] *= scale[k];
        }
    }

    /// <summary>R's lik (-2·loglik without constants) at x; +∞ outside the domain.</summary>
    internal double Likelihood(ReadOnlySpan<double> x)
    {
        if (!Run(x, Span<double>.Empty, out double sse, out double sumLog)) return double.PositiveInfinity;
        double lik = _y.Length * Math.Log(sse);
        if (_spec.Error == EtsError.Multiplicative) lik += 2 * sumLog;
        return double.IsNaN(lik) ? double.PositiveInfinity : lik;
    }

    private bool Run(ReadOnlySpan<double> x, Span<double> residuals, out double sse, out double sumLog)
    {
        Map.Smoothing(x, out double alpha, out double beta, out double gamma, out double phi);
        double level = Map.Level(x), slope = Map.Slope(x);
        for (int pos = 0; pos < _ring.Length && _spec.IsSeasonal; pos++) _ring[pos] = Map.RingState(x, pos);
        return EtsFilter.Run(_spec, alpha, beta, gamma, phi, ref level, ref slope, _ring, _y, residuals, out sse, out sumLog);
    }
}
