using System.Diagnostics.CodeAnalysis;
using ActorCluster.Analytics.Forecasting.Baseline;

namespace ActorCluster.Analytics.Forecasting.Theta;

/// <summary>
/// The standard Theta method in its M4 benchmark form (Assimakopoulos &amp; Nikolopoulos 2000): seasonally
/// adjust by classical multiplicative decomposition when the 90% autocorrelation test finds seasonality;
/// fit the θ=0 line (linear trend a + b·t) and the θ=2 line Zₜ = 2yₜ − (a + b·t); forecast
/// ½·SES(Z) + ½·(a + b·t), floored at 0, then re-seasonalise.
/// </summary>
/// <remarks>
/// Hyndman &amp; Billah (2003, IJF 19(2)) show this equals SES with drift b/2; the implied model gives the
/// h-step variance σ²·(1 + (h−1)α²), σ² the one-step error variance (SSE/(n−4): α, ℓ₀, a, b estimated), used for
/// the Gaussian intervals, scaled by the seasonal index. The trend, α and indices stay fixed after the fit;
/// <see cref="Update"/> moves the SES level in O(1) without allocating. Negative forecasts and lower bounds are
/// floored at 0 when the fitted sample had no negative value (the M4 code floors forecasts).
/// Parameter layout v1: [1, m, α, a, b, ℓ(Z), count, sse, non-negative flag, ℓ₀(Z), m seasonal indices].
/// </remarks>
public sealed class ThetaModel : IForecastModel, IOneStepForecast
{
    private const double Layout = 1;
    private const int Header = 10;
    private readonly SeasonalAdjustment _season;
    private readonly LinearTrend _trend;
    private readonly double _alpha, _initialLevel;
    private readonly bool _nonNegative;
    private double _level, _sse;

    private ThetaModel(SeasonalAdjustment season, LinearTrend trend, double alpha, double initialLevel, bool nonNegative)
    {
        (_season, _trend, _alpha, _initialLevel, _nonNegative) = (season, trend, alpha, initialLevel, nonNegative);
        _level = initialLevel;
    }

    /// <inheritdoc/>
    public string Name => "Theta";

    /// <inheritdoc/>
    public int Count { get; private set; }

    /// <summary>SES smoothing constant of the θ=2 line.</summary>
    public double Alpha => _alpha;

    /// <summary>The drift per step of the equivalent SES-with-drift model: half the trend slope.</summary>
    public double Drift => _trend.Slope / 2;

    /// <summary>The θ=0 line on the seasonally adjusted scale, t = 1 at the first fitted point.</summary>
    public LinearTrend Trend => _trend;

    /// <summary>The seasonal adjustment in use.</summary>
    public SeasonalAdjustment Season => _season;

    /// <summary>Standard deviation of one-step errors on the adjusted scale.</summary>
    public double Sigma => Math.Sqrt(_sse / Math.Max(Count - 4, 1));

    /// <inheritdoc/>
    public double[] Parameters
    {
        get
        {
            var p = new double[Header + _season.Period];
            (p[0], p[1], p[2], p[3], p[4]) = (Layout, _season.Period, _alpha, _trend.Intercept, _trend.Slope);
            (p[5], p[6], p[7], p[8], p[9]) = (_level, Count, _sse, _nonNegative ? 1 : 0, _initialLevel);
            _season.CopyTo(p.AsSpan(Header));
            return p;
        }
    }

    /// <summary>
    /// Fits the M4 Theta method to at least three finite points; <paramref name="period"/> is the candidate
    /// season length (1 = none). False with a reason for empty, too short or non-finite input.
    /// </summary>
    public static bool TryFit(ReadOnlySpan<double> y, int period, [NotNullWhen(true)] out ThetaModel? model, out string reason)
    {
        model = null;
        if (!SeriesCheck.TryValidate(y, 3, out reason)) return false;
        var season = SeasonalAdjustment.Estimate(y, period);
        int n = y.Length;
        var z = new double[n];
        bool nonNegative = true;
        for (int i = 0; i < n; i++)
        {
            z[i] = y[i] / season.Index(i);
            nonNegative &= y[i] >= 0;
        }
        var trend = LinearTrend.Fit(z);
        for (int i = 0; i < n; i++) z[i] = 2 * z[i] - trend.At(i + 1);
        var ses = SimpleExponentialSmoothing.Fit(z);

        model = new ThetaModel(season, trend, ses.Alpha, ses.InitialLevel, nonNegative);
        // Rerun through Absorb so the fitted state and the update path are the same arithmetic.
        for (int i = 0; i < n; i++) model.Absorb(y[i]);
        return true;
    }

    /// <summary>Rebuilds the model exactly from <see cref="Parameters"/>.</summary>
    public static bool TryRestore(double[] parameters, [NotNullWhen(true)] out ThetaModel? model, out string reason)
    {
        model = null;
        if (!SeriesCheck.TryCheckLayout(parameters, Layout, Header + 1, out reason)) return false;
        if (!SeasonalAdjustment.TryReadTail(parameters, Header, out var season, out reason)) return false;
        var trend = new LinearTrend(parameters[3], parameters[4]);
        model = new ThetaModel(season, trend, parameters[2], parameters[9], parameters[8] != 0)
        {
            _level = parameters[5], Count = (int)parameters[6], _sse = parameters[7],
        };
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
    public double OneStepForecast
    {
        get
        {
            double adjusted = 0.5 * _level + 0.5 * _trend.At(Count + 1);
            if (_nonNegative) adjusted = Math.Max(adjusted, 0);
            return adjusted * _season.Index(Count);
        }
    }

    /// <inheritdoc/>
    public Forecast Forecast(int horizon)
    {
        SeriesCheck.ThrowIfBadHorizon(horizon);
        double sigma = Sigma, a2 = _alpha * _alpha;
        var mean = new double[horizon];
        var sd = new double[horizon];
        for (int j = 0; j < horizon; j++)
        {
            double adjusted = 0.5 * _level + 0.5 * _trend.At(Count + j + 1);
            if (_nonNegative) adjusted = Math.Max(adjusted, 0);
            double s = _season.Index((long)Count + j);
            mean[j] = adjusted * s;
            sd[j] = sigma * Math.Sqrt(1 + j * a2) * s;
        }
        var forecast = Forecasting.Forecast.FromGaussian(Name, mean, sd);
        if (_nonNegative) ForecastBounds.FloorAtZero(forecast);
        return forecast;
    }

    private void Absorb(double y)
    {
        double adjusted = y / _season.Index(Count);
        double line0 = _trend.At(Count + 1);
        double e = adjusted - (0.5 * _level + 0.5 * line0);
        _sse += e * e;
        _level += _alpha * (2 * adjusted - line0 - _level);
        Count++;
    }
}
