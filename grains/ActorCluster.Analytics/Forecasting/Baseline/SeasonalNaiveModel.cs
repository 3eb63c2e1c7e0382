using System.Diagnostics.CodeAnalysis;

namespace ActorCluster.Analytics.Forecasting.Baseline;

/// <summary>
/// Seasonal naive forecasts: step j repeats the observation one season earlier, y[n + j - m·k] with
/// k = ⌈j/m⌉ (M4 "sNaive"). Intervals: sd_j = σ·√(⌊(j-1)/m⌋ + 1), σ² the mean squared seasonal
/// difference (Hyndman &amp; Athanasopoulos, FPP3 §5.5). <see cref="Update"/> is O(1), allocation-free
/// (a ring of the last m values).
/// </summary>
/// <remarks>Parameter layout v1: [1, m, sse, difference count, count, ring start, last m values (ring order)].</remarks>
public sealed class SeasonalNaiveModel : IForecastModel
{
    private const double Layout = 1;
    private readonly double[] _ring;
    private int _start;
    private double _sse;
    private long _differences;

    private SeasonalNaiveModel(int period) => _ring = new double[period];

    /// <inheritdoc/>
    public string Name => "sNaive";

    /// <summary>The season length m.</summary>
    public int Period => _ring.Length;

    /// <inheritdoc/>
    public int Count { get; private set; }

    /// <inheritdoc/>
    public double[] Parameters
    {
        get
        {
            var p = new double[6 + Period];
            (p[0], p[1], p[2], p[3], p[4], p[5]) = (Layout, Period, _sse, _differences, Count, _start);
            _ring.CopyTo(p, 6);
            return p;
        }
    }

    /// <summary>Fits to at least m + 1 finite points (one seasonal difference); false with a reason otherwise.</summary>
    public static bool TryFit(ReadOnlySpan<double> y, int period, [NotNullWhen(true)] out SeasonalNaiveModel? model, out string reason)
    {
        model = null;
        if (period < 1) { reason = "the period must be at least 1"; return false; }
        if (!SeriesCheck.TryValidate(y, period + 1, out reason)) return false;
        model = new SeasonalNaiveModel(period);
        foreach (var v in y) model.Absorb(v);
        return true;
    }

    /// <summary>Rebuilds the model exactly from <see cref="Parameters"/>.</summary>
    public static bool TryRestore(double[] parameters, [NotNullWhen(true)] out SeasonalNaiveModel? model, out string reason)
    {
        model = null;
        if (!SeriesCheck.TryCheckLayout(parameters, Layout, 7, out reason)) return false;
        int m = (int)parameters[1];
        if (m < 1 || parameters.Length != 6 + m || parameters[5] < 0 || parameters[5] >= m) { reason = "parameter vector has the wrong length"; return false; }
        model = new SeasonalNaiveModel(m) { _sse = parameters[2], _differences = (long)parameters[3], Count = (int)parameters[4], _start = (int)parameters[5] };
        parameters.AsSpan(6).CopyTo(model._ring);
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
        int m = Period;
        double sigma = _differences > 0 ? Math.Sqrt(_sse / _differences) : 0;
        var mean = new double[horizon];
        var sd = new double[horizon];
        for (int j = 0; j < horizon; j++)
        {
            // _ring[_start] is the oldest of the last m values, i.e. the one a season before step 1.
            mean[j] = _ring[(_start + j % m) % m];
            sd[j] = sigma * Math.Sqrt(j / m + 1);
        }
        return Forecasting.Forecast.FromGaussian(Name, mean, sd);
    }

    private void Absorb(double y)
    {
        int m = Period;
        if (Count >= m)
        {
            double e = y - _ring[_start];
            _sse += e * e;
            _differences++;
        }
        _ring[_start] = y;
        _start = (_start + 1) % m;
        Count++;
    }
}
