using System.Diagnostics.CodeAnalysis;

namespace ActorCluster.Analytics.Forecasting.Baseline;

/// <summary>
/// Naive (random walk) forecasts: every step ahead equals the last observation.
/// Intervals: the random walk's, sd_h = σ·√h, with σ² the mean squared one-step change (Hyndman &amp; Athanasopoulos,
/// FPP3 §5.5). <see cref="Update"/> is O(1) and allocation-free.
/// </summary>
/// <remarks>Parameter layout v1: [1, last, sum of squared changes, change count, count].</remarks>
public sealed class NaiveModel : IForecastModel
{
    private const double Layout = 1;
    private double _last, _sse;
    private long _changes;

    private NaiveModel() { }

    /// <inheritdoc/>
    public string Name => "Naive";

    /// <inheritdoc/>
    public int Count { get; private set; }

    /// <inheritdoc/>
    public double[] Parameters => [Layout, _last, _sse, _changes, Count];

    /// <summary>Fits to at least two finite points; false with a reason otherwise.</summary>
    public static bool TryFit(ReadOnlySpan<double> y, [NotNullWhen(true)] out NaiveModel? model, out string reason)
    {
        model = null;
        if (!SeriesCheck.TryValidate(y, 2, out reason)) return false;
        model = new NaiveModel();
        foreach (var v in y) model.Absorb(v);
        return true;
    }

    /// <summary>Rebuilds the model exactly from <see cref="Parameters"/>.</summary>
    public static bool TryRestore(double[] parameters, [NotNullWhen(true)] out NaiveModel? model, out string reason)
    {
        model = null;
        if (!SeriesCheck.TryCheckLayout(parameters, Layout, 5, out reason)) return false;
        model = new NaiveModel { _last = parameters[1], _sse = parameters[2], _changes = (long)parameters[3], Count = (int)parameters[4] };
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
            mean[j] = _last;
            sd[j] = sigma * Math.Sqrt(j + 1);
        }
        return Forecasting.Forecast.FromGaussian(Name, mean, sd);
    }

    private void Absorb(double y)
    {
        if (Count > 0)
        {
            double e = y - _last;
            _sse += e * e;
            _changes++;
        }
        _last = y;
        Count++;
    }
}
