using ActorCluster.Analytics.Numerics;

namespace ActorCluster.Analytics.Accuracy;

/// <summary>
/// Online accuracy over the most recent N (actual, forecast) pairs: MAE, RMSE, MAPE, sMAPE and MASE, with the
/// definitions of <see cref="ForecastAccuracy"/>. <see cref="Push"/> is O(1) and allocation-free: a ring of the
/// last N pairs plus compensated running sums of the error terms (the oldest pair's terms are subtracted as it
/// leaves), so the values equal the batch measures over the same window to rounding.
/// </summary>
/// <remarks>
/// MASE divides the window's MAE by <see cref="MaseScale"/>, the in-sample seasonal naive MAE the caller sets
/// (e.g. <see cref="ForecastAccuracy.SeasonalNaiveScale"/> of the training window); NaN until set.
/// Edge cases: every measure is NaN while the window is empty; MAPE is NaN while every actual in the window is 0.
/// To persist, store <see cref="Pairs"/> and push them back in order into a new tracker.
/// </remarks>
public sealed class AccuracyTracker
{
    private readonly double[] _actual, _forecast;
    private int _next, _count, _apeCount;
    private CompensatedSum _abs, _squared, _ape, _sape;

    /// <summary>A tracker over the last <paramref name="window"/> pairs.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the window is less than 1.</exception>
    public AccuracyTracker(int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        _actual = new double[window];
        _forecast = new double[window];
    }

    /// <summary>The window length N.</summary>
    public int Window => _actual.Length;

    /// <summary>Pairs currently in the window (at most N).</summary>
    public int Count => _count;

    /// <summary>Pairs absorbed since creation.</summary>
    public long Total { get; private set; }

    /// <summary>The MASE denominator; NaN (MASE undefined) until set to a positive value.</summary>
    public double MaseScale { get; set; } = double.NaN;

    /// <summary>Mean absolute error over the window.</summary>
    public double Mae => _count == 0 ? double.NaN : Math.Max(_abs.Value, 0) / _count;

    /// <summary>Root mean squared error over the window.</summary>
    public double Rmse => _count == 0 ? double.NaN : Math.Sqrt(Math.Max(_squared.Value, 0) / _count);

    /// <summary>MAPE in percent over the window's pairs with a non-zero actual.</summary>
    public double Mape => _apeCount == 0 ? double.NaN : Math.Max(_ape.Value, 0) / _apeCount;

    /// <summary>sMAPE in percent (M4 definition) over the window.</summary>
    public double Smape => _count == 0 ? double.NaN : Math.Max(_sape.Value, 0) / _count;

    /// <summary>MAE / <see cref="MaseScale"/>.</summary>
    public double Mase => MaseScale > 0 ? Mae / MaseScale : double.NaN;

    /// <summary>All measures at once.</summary>
    public AccuracySummary Summary => _count == 0 ? AccuracySummary.Empty : new(_count, Mae, Rmse, Mape, Smape, Mase);

    /// <summary>The pairs in the window, oldest first.</summary>
    public IEnumerable<(double Actual, double Forecast)> Pairs
    {
        get
        {
            int start = (_next - _count + Window) % Window;
            for (int k = 0; k < _count; k++)
            {
                int i = (start + k) % Window;
                yield return (_actual[i], _forecast[i]);
            }
        }
    }

    /// <summary>Absorbs one pair, evicting the oldest when the window is full. False (and ignored) when either is NaN/∞.</summary>
    public bool Push(double actual, double forecast)
    {
        if (!double.IsFinite(actual) || !double.IsFinite(forecast)) return false;
        if (_count == Window) Accumulate(_actual[_next], _forecast[_next], -1);
        else _count++;
        _actual[_next] = actual;
        _forecast[_next] = forecast;
        _next = (_next + 1) % Window;
        Accumulate(actual, forecast, +1);
        Total++;
        return true;
    }

    /// <summary>Empties the window (keeps <see cref="MaseScale"/>).</summary>
    public void Reset()
    {
        (_next, _count, _apeCount, Total) = (0, 0, 0, 0);
        _abs.Reset(); _squared.Reset(); _ape.Reset(); _sape.Reset();
    }

    private void Accumulate(double actual, double forecast, int sign)
    {
        double e = actual - forecast;
        _abs.Add(sign * Math.Abs(e));
        _squared.Add(sign * e * e);
        _sape.Add(sign * ErrorTerms.Sape(actual, forecast));
        if (actual != 0)
        {
            _ape.Add(sign * ErrorTerms.Ape(actual, forecast));
            _apeCount += sign;
        }
    }
}
