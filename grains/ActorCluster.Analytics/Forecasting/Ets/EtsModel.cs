namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// A fitted ETS model carried forward one observation at a time: the state (level, slope, last m seasonal states)
/// is updated in O(1) without allocation, the parameters stay fixed until the next fit.
/// </summary>
/// <remarks>
/// <para>Persist <see cref="Name"/> and <see cref="Parameters"/> (layout in <see cref="EtsParameters"/>); with the raw
/// series absorbed since the start of the fit window, <see cref="Restore"/> rebuilds the identical model, because
/// it replays the same <see cref="Update"/> from the same initial state.</para>
/// <para>A non-finite observation (NaN, ±∞) is treated as missing: the state advances with a zero innovation (the
/// forecast stands in for the observation), <see cref="Count"/> grows, <see cref="ObservedCount"/> and the residual
/// sum of squares do not. Where the multiplicative recursions divide by a level or seasonal state, the divisor is
/// floored at 1e-10, as R's <c>etscalc.c</c> does.</para>
/// </remarks>
public sealed class EtsModel : IForecastModel, IOneStepForecast
{
    private const double Tiny = 1e-10;
    private readonly double _alpha, _beta, _gamma, _phi;
    private readonly double[] _ring;
    private readonly int _m;
    private double _level, _slope, _sse;
    private int _k;

    private EtsModel(EtsSpec spec, EtsParameters parameters)
    {
        Spec = spec;
        InitialParameters = parameters;
        _m = spec.IsSeasonal ? parameters.SeasonLength : 1;
        _alpha = parameters.Alpha;
        _beta = spec.HasTrend ? parameters.Beta : 0.0;
        _gamma = spec.IsSeasonal ? parameters.Gamma : 0.0;
        _phi = spec.HasTrend ? parameters.EffectivePhi : 0.0;
        _level = parameters.Level;
        _slope = spec.HasTrend ? parameters.Slope : 0.0;
        _ring = new double[_m];
        // The ring holds the oldest state at the cursor: ring[k] = s_{m-1-k} in R's order at the start.
        for (int k = 0; k < _m && spec.IsSeasonal; k++) _ring[k] = parameters.SeasonSpan[_m - 1 - k];
    }

    /// <summary>The model form.</summary>
    public EtsSpec Spec { get; }

    /// <summary>Parameters and initial states the model was built from.</summary>
    public EtsParameters InitialParameters { get; }

    /// <inheritdoc/>
    public string Name => Spec.Name;

    /// <inheritdoc/>
    /// <remarks>A fresh copy of <see cref="EtsParameters.ToArray"/> on every call.</remarks>
    public double[] Parameters => InitialParameters.ToArray();

    /// <inheritdoc/>
    public int Count { get; private set; }

    /// <summary>Observations absorbed that were finite (missing ones excluded).</summary>
    public int ObservedCount { get; private set; }

    /// <summary>Current level l_t.</summary>
    public double Level => _level;

    /// <summary>Current slope b_t (0 without a trend).</summary>
    public double Slope => _slope;

    /// <summary>Sum of squared one-step errors so far (relative errors for multiplicative-error models).</summary>
    public double ResidualSumOfSquares => _sse;

    /// <summary>
    /// Innovation variance as R estimates it: residual sum of squares / (observations - estimated parameters);
    /// NaN until there are more observations than parameters.
    /// </summary>
    public double Sigma2
    {
        get
        {
            int df = ObservedCount - Spec.ParameterCount(_m);
            return df > 0 ? _sse / df : double.NaN;
        }
    }

    /// <summary>The one-step-ahead point forecast from the current state (the fitted value of the next observation).</summary>
    public double OneStepForecast
    {
        get
        {
            double q = _level + _phi * _slope;
            return Spec.Season switch
            {
                EtsSeason.Additive => q + _ring[_k],
                EtsSeason.Multiplicative => q * _ring[_k],
                _ => q,
            };
        }
    }

    /// <inheritdoc/>
    public void Update(double y)
    {
        double phib = _phi * _slope, q = _level + phib, s = _ring[_k];
        double f = Spec.Season switch { EtsSeason.Additive => q + s, EtsSeason.Multiplicative => q * s, _ => q };
        bool observed = double.IsFinite(y);
        if (!observed) y = f;
        double e = y - f;
        if (Spec.Season == EtsSeason.Multiplicative)
        {
            double p = y / Math.Max(s, Tiny) - q;
            _level = q + _alpha * p;
            _slope = phib + _beta * p;
            _ring[_k] = s + _gamma * (y / Math.Max(q, Tiny) - s);
        }
        else
        {
            _level = q + _alpha * e;
            _slope = phib + _beta * e;
            _ring[_k] = s + _gamma * e;
        }
        if (++_k == _m) _k = 0;
        Count++;
        if (!observed) return;
        ObservedCount++;
        double err = Spec.Error == EtsError.Multiplicative ? e / Math.Max(f, Tiny) : e;
        if (double.IsFinite(err)) _sse += err * err;
    }

    /// <inheritdoc/>
    /// <remarks>Variance by <see cref="EtsForecastVariance"/>: analytic for additive and multiplicative errors with
    /// additive components, an approximation (exact up to h = m) for multiplicative seasonality. The intervals are NaN
    /// while <see cref="Sigma2"/> is (no more observations than parameters, e.g. restored without its series).
    /// Throws <see cref="ArgumentOutOfRangeException"/> for a horizon below 1.</remarks>
    public Forecast Forecast(int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        var mean = new double[horizon];
        var sd = new double[horizon];
        EtsForecastVariance.Compute(Spec, _alpha, _beta, _gamma, _phi, _level, _slope, _ring, _k, Sigma2, mean, sd);
        return Forecasting.Forecast.FromGaussian(Name, mean, sd);
    }

    /// <summary>
    /// Rebuilds a model from its persisted name and parameters by replaying <paramref name="series"/> (the raw
    /// observations since the start of the fit window; empty gives the model at its initial state).
    /// Returns false with a reason when the name or the parameter array is not valid.
    /// </summary>
    public static bool TryRestore(string name, ReadOnlySpan<double> parameters, ReadOnlySpan<double> series, out EtsModel? model, out string? reason)
    {
        model = null;
        if (!EtsSpec.TryParse(name, out var spec)) { reason = $"'{name}' is not an ETS model name"; return false; }
        if (!EtsParameters.TryFromArray(spec, parameters, out var p, out reason)) return false;
        model = Create(spec, p!);
        foreach (var y in series) model.Update(y);
        return true;
    }

    /// <summary>As <see cref="TryRestore"/>, throwing <see cref="ArgumentException"/> on invalid input.</summary>
    public static EtsModel Restore(string name, ReadOnlySpan<double> parameters, ReadOnlySpan<double> series) =>
        TryRestore(name, parameters, series, out var model, out var reason) ? model! : throw new ArgumentException(reason, nameof(parameters));

    /// <summary>A model at its initial state (nothing absorbed yet) for the given form and parameters.</summary>
    public static EtsModel Create(EtsSpec spec, EtsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (spec.IsSeasonal && parameters.Season.Count != parameters.SeasonLength)
            throw new ArgumentException("a seasonal model needs m seasonal states", nameof(parameters));
        return new EtsModel(spec, parameters);
    }
}
