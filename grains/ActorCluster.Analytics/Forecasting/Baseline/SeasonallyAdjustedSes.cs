using System.Diagnostics.CodeAnalysis;
using ActorCluster.Analytics.Forecasting.Theta;

namespace ActorCluster.Analytics.Forecasting.Baseline;

/// <summary>
/// The M4 "SES" benchmark: simple exponential smoothing (α and ℓ₀ by least squares,
/// <see cref="SimpleExponentialSmoothing"/>) of the seasonally adjusted series, re-seasonalised.
/// Intervals: the local-level model's sd_j = σ·√(1 + (j−1)α²), σ² = SSE/(n−2), scaled by the seasonal index.
/// </summary>
/// <remarks>
/// Source: Makridakis et al. (2020), IJF 36(1); Hyndman et al. (2008) for the variance. α and the indices are
/// fixed at fit time; <see cref="Update"/> is O(1), allocation-free.
/// Parameter layout v1: [1, m, α, ℓ, sse, count, m seasonal indices].
/// </remarks>
public sealed class SeasonallyAdjustedSes : IForecastModel
{
    private const double Layout = 1;
    private const int Header = 6;
    private readonly SeasonalAdjustment _season;
    private readonly double _alpha;
    private double _level, _sse;

    private SeasonallyAdjustedSes(SeasonalAdjustment season, double alpha, double level)
    {
        (_season, _alpha, _level) = (season, alpha, level);
    }

    /// <inheritdoc/>
    public string Name => "SES";

    /// <inheritdoc/>
    public int Count { get; private set; }

    /// <summary>The smoothing constant.</summary>
    public double Alpha => _alpha;

    /// <inheritdoc/>
    public double[] Parameters
    {
        get
        {
            var p = new double[Header + _season.Period];
            (p[0], p[1], p[2], p[3], p[4], p[5]) = (Layout, _season.Period, _alpha, _level, _sse, Count);
            _season.CopyTo(p.AsSpan(Header));
            return p;
        }
    }

    /// <summary>Fits to at least three finite points; <paramref name="period"/> is the candidate season length (1 = none).</summary>
    public static bool TryFit(ReadOnlySpan<double> y, int period, [NotNullWhen(true)] out SeasonallyAdjustedSes? model, out string reason)
    {
        model = null;
        if (!SeriesCheck.TryValidate(y, 3, out reason)) return false;
        var season = SeasonalAdjustment.Estimate(y, period);
        var adjusted = new double[y.Length];
        for (int i = 0; i < y.Length; i++) adjusted[i] = y[i] / season.Index(i);
        var fit = SimpleExponentialSmoothing.Fit(adjusted);
        model = new SeasonallyAdjustedSes(season, fit.Alpha, fit.InitialLevel);
        foreach (var v in y) model.Absorb(v);
        return true;
    }

    /// <summary>Rebuilds the model exactly from <see cref="Parameters"/>.</summary>
    public static bool TryRestore(double[] parameters, [NotNullWhen(true)] out SeasonallyAdjustedSes? model, out string reason)
    {
        model = null;
        if (!SeriesCheck.TryCheckLayout(parameters, Layout, Header + 1, out reason)) return false;
        if (!SeasonalAdjustment.TryReadTail(parameters, Header, out var season, out reason)) return false;
        model = new SeasonallyAdjustedSes(season, parameters[2], parameters[3]) { _sse = parameters[4], Count = (int)parameters[5] };
        return true;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="y"/> is NaN or infinite.</exception>
    public void Update(double y)
    {
        SeriesCheck.ThrowIfNotFinite(y);
        Absorb(y);
    }

    /// <inheritdoc/>
    public Forecast Forecast(int horizon)
    {
        SeriesCheck.ThrowIfBadHorizon(horizon);
        double sigma = Math.Sqrt(_sse / Math.Max(Count - 2, 1)), a2 = _alpha * _alpha;
        var mean = new double[horizon];
        var sd = new double[horizon];
        for (int j = 0; j < horizon; j++)
        {
            double s = _season.Index((long)Count + j);
            mean[j] = _level * s;
            sd[j] = sigma * Math.Sqrt(1 + j * a2) * s;
        }
        return Forecasting.Forecast.FromGaussian(Name, mean, sd);
    }

    private void Absorb(double y)
    {
        double e = y / _season.Index(Count) - _level;
        _sse += e * e;
        _level += _alpha * e;
        Count++;
    }
}
