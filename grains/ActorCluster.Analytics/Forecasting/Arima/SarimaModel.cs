namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>
/// A fitted seasonal ARIMA model (optionally a regression with SARIMA errors) holding its Kalman state.
/// Built by <see cref="Sarima.TryFit(ReadOnlySpan{double}, SarimaOrder, out SarimaModel?, out string)"/>
/// or rebuilt by <see cref="Sarima.TryRestore"/>; both run the same filter over the series, so a restored
/// model forecasts exactly like the original.
/// </summary>
public sealed class SarimaModel : IForecastModel
{
    private readonly double[] _delta;
    private readonly double[] _levels;
    private readonly double[] _lastX;
    private readonly ArmaKalmanFilter _filter;
    private double _sumLogDensity;
    private int _innovations;

    internal SarimaModel(SarimaOrder order, SarimaCoefficients coefficients)
    {
        Order = order;
        Coefficients = coefficients;
        _delta = LagPolynomial.Differencing(order.Diff, order.IsSeasonal ? order.SeasonalDiff : 0, order.Period);
        _levels = new double[_delta.Length];
        _lastX = new double[coefficients.Exogenous.Length];
        _filter = new ArmaKalmanFilter(coefficients.ExpandedAr(order.Period), coefficients.ExpandedMa(order.Period));
    }

    /// <summary>The orders.</summary>
    public SarimaOrder Order { get; }

    /// <summary>The coefficients, including σ².</summary>
    public SarimaCoefficients Coefficients { get; }

    /// <inheritdoc />
    public string Name => Order.Name + (Coefficients.Exogenous.Length > 0 ? $" with {Coefficients.Exogenous.Length} regressors" : "");

    /// <inheritdoc />
    /// <remarks>Layout in <see cref="SarimaParameters"/>; version-stable.</remarks>
    public double[] Parameters => SarimaParameters.Encode(Order, Coefficients);

    /// <inheritdoc />
    public int Count { get; private set; }

    /// <summary>Number of regressors k.</summary>
    public int ExogenousCount => _lastX.Length;

    /// <summary>
    /// Exact Gaussian log-likelihood of the differenced observations absorbed so far, at the stored σ²
    /// (equal to the maximised value right after fitting). Stata and statsmodels report the same quantity.
    /// </summary>
    public double LogLikelihood => _sumLogDensity;

    /// <summary>Number of differenced observations n in <see cref="LogLikelihood"/>.</summary>
    public int EffectiveCount => _innovations;

    /// <summary>Estimated parameters k: coefficients, constant, regressors and σ².</summary>
    public int ParameterCount => Order.CoefficientCount + ExogenousCount + 1;

    /// <summary>AIC = −2ℓ + 2k.</summary>
    public double Aic => -2 * LogLikelihood + 2 * ParameterCount;

    /// <summary>AICc = AIC + 2k(k+1)/(n−k−1); +∞ when n ≤ k + 1 (Hurvich &amp; Tsai 1989).</summary>
    public double Aicc => SarimaEstimate.Corrected(LogLikelihood, ParameterCount, _innovations);

    /// <summary>BIC = −2ℓ + k ln n.</summary>
    public double Bic => -2 * LogLikelihood + ParameterCount * Math.Log(Math.Max(1, _innovations));

    /// <inheritdoc />
    /// <remarks>With regressors, assumes they keep their last observed values (see <see cref="Update(double, ReadOnlySpan{double})"/>).
    /// A non-finite y is skipped (the state is not changed) so one bad tick cannot poison the state.</remarks>
    public void Update(double y) => Update(y, _lastX);

    /// <summary>Absorbs yₜ with its regressor values xₜ (length k) in O(r²) before the filter reaches its steady state and O(r + d + D·s) after.</summary>
    /// <exception cref="ArgumentException">x has the wrong length.</exception>
    public void Update(double y, ReadOnlySpan<double> x)
    {
        if (x.Length != _lastX.Length) throw new ArgumentException($"expected {_lastX.Length} regressor values", nameof(x));
        if (!double.IsFinite(y)) return;
        foreach (var xi in x) if (!double.IsFinite(xi)) return;
        double u = y;
        for (int j = 0; j < x.Length; j++) u -= Coefficients.Exogenous[j] * x[j];
        x.CopyTo(_lastX);
        if (Count >= _delta.Length)
        {
            double w = u - Coefficients.Mean;
            for (int k = 0; k < _delta.Length; k++) w -= _delta[k] * _levels[k];
            var (v, f) = _filter.Step(w);
            double s2 = Coefficients.Sigma2 * f;
            _sumLogDensity += -0.5 * (Math.Log(2 * Math.PI * s2) + v * v / s2);
            _innovations++;
        }
        if (_levels.Length > 0)
        {
            Array.Copy(_levels, 0, _levels, 1, _levels.Length - 1);
            _levels[0] = u;
        }
        Count++;
    }

    /// <inheritdoc />
    /// <remarks>Gaussian intervals from the exact state-space forecast variance on the undifferenced scale.
    /// With regressors, they are held at their last observed values. Throws for horizon &lt; 1.</remarks>
    public Forecast Forecast(int horizon) => Forecast(horizon, null);

    /// <summary>Forecast with future regressor values: <paramref name="futureX"/>[j][i] is regressor j at step i + 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">horizon &lt; 1.</exception>
    /// <exception cref="ArgumentException">futureX has the wrong shape.</exception>
    public Forecast Forecast(int horizon, double[][]? futureX)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        if (futureX is not null && (futureX.Length != ExogenousCount || futureX.Any(c => c.Length < horizon)))
            throw new ArgumentException("need one array of at least horizon values per regressor", nameof(futureX));
        var (mean, sd) = SarimaForecaster.Forecast(_filter, _delta, _levels, Coefficients.Mean, Coefficients.Sigma2, horizon);
        for (int i = 0; i < horizon; i++)
            for (int j = 0; j < ExogenousCount; j++)
                mean[i] += Coefficients.Exogenous[j] * (futureX is null ? _lastX[j] : futureX[j][i]);
        return Forecasting.Forecast.FromGaussian(Name, mean, sd);
    }
}
