using System.Diagnostics.CodeAnalysis;

namespace ActorCluster.Analytics.Forecasting.Baseline;

/// <summary>
/// The M4 "Naive2" benchmark: naive forecasts of the seasonally adjusted series, re-seasonalised
/// (<see cref="SeasonalAdjustment.Estimate"/>: multiplicative classical decomposition when the 90%
/// autocorrelation test finds seasonality, else no adjustment). Intervals: random-walk intervals of the
/// adjusted series, σ·√j, scaled by the seasonal index of step j.
/// </summary>
/// <remarks>
/// Source: Makridakis et al. (2020), IJF 36(1), and the organisers' "Benchmarks and Evaluation.R".
/// The seasonal indices are fixed at fit time; <see cref="Update"/> is O(1) and allocation-free.
/// Parameter layout v1: [1, m, last adjusted value, sse, change count, count, m indices].
/// </remarks>
public sealed class Naive2Model : IForecastModel
{
    private const double Layout = 1;
    private readonly SeasonalAdjustment _season;
    private double _last, _sse;
    private long _changes;

    private Naive2Model(SeasonalAdjustment season) => _season = season;

    /// <inheritdoc/>
    public string Name => "Naive2";

    /// <inheritdoc/>
    public int Count { get; private set; }

    /// <summary>The seasonal adjustment in use (all ones when the test found no seasonality).</summary>
    public SeasonalAdjustment Season => _season;

    /// <inheritdoc/>
    public double[] Parameters
    {
        get
        {
            var p = new double[6 + _season.Period];
            (p[0], p[1], p[2], p[3], p[4], p[5]) = (Layout, _season.Period, _last, _sse, _changes, Count);
            _season.CopyTo(p.AsSpan(6));
            return p;
        }
    }

    /// <summary>Fits to at least two finite points; <paramref name="period"/> is the candidate season length (1 = none).</summary>
    public static bool TryFit(ReadOnlySpan<double> y, int period, [NotNullWhen(true)] out Naive2Model? model, out string reason)
    {
        model = null;
        if (!SeriesCheck.TryValidate(y, 2, out reason)) return false;
        model = new Naive2Model(SeasonalAdjustment.Estimate(y, period));
        foreach (var v in y) model.Absorb(v);
        return true;
    }

    /// <summary>Rebuilds the model exactly from <see cref="Parameters"/>.</summary>
    public static bool TryRestore(double[] parameters, [NotNullWhen(true)] out Naive2Model? model, out string reason)
    {
        model = null;
        if (!SeriesCheck.TryCheckLayout(parameters, Layout, 7, out reason)) return false;
        if (!SeasonalAdjustment.TryReadTail(parameters, 6, out var season, out reason)) return false;
        model = new Naive2Model(season) { _last = parameters[2], _sse = parameters[3], _changes = (long)parameters[4], Count = (int)parameters[5] };
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
        double sigma = _changes > 0 ? Math.Sqrt(_sse / _changes) : 0;
        var mean = new double[horizon];
        var sd = new double[horizon];
        for (int j = 0; j < horizon; j++)
        {
            double s = _season.Index((long)Count + j);
            mean[j] = _last * s;
            sd[j] = sigma * Math.Sqrt(j + 1) * s;
        }
        return Forecasting.Forecast.FromGaussian(Name, mean, sd);
    }

    private void Absorb(double y)
    {
        double adjusted = y / _season.Index(Count);
        if (Count > 0)
        {
            double e = adjusted - _last;
            _sse += e * e;
            _changes++;
        }
        _last = adjusted;
        Count++;
    }
}
