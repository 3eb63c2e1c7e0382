using ActorCluster.Analytics.Accuracy;

namespace ActorCluster.Analytics.Evaluation;

/// <summary>
/// Scores forecasts the way the M4 organisers do: per point, sAPE = 200·|y − ŷ|/(|y| + |ŷ|) and
/// |y − ŷ|/s with s the series' in-sample seasonal naive MAE (period m); sMAPE and MASE are the means over all
/// series × horizons; OWA is computed on those totals, ½(sMAPE/sMAPE_Naive2 + MASE/MASE_Naive2), not per series.
/// </summary>
/// <remarks>
/// Source: Makridakis, Spiliotis &amp; Assimakopoulos (2020), IJF 36(1):54–74, and the organisers'
/// "Benchmarks and Evaluation.R" (<c>smape_cal</c>, <c>mase_cal</c>, the OWA print). Every method must be scored on
/// the same series for OWA to mean anything. A series whose scale is 0 (constant in-sample seasonal differences)
/// gives MASE = ∞, as in the organisers' code. Not thread-safe.
/// </remarks>
public sealed class M4Scorer
{
    private readonly Dictionary<string, Totals> _totals = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>A scorer for season length <paramref name="seasonalPeriod"/> (M4: 24 hourly, 7 daily, 52 weekly, 12 monthly, 4 quarterly, 1 yearly).</summary>
    public M4Scorer(int seasonalPeriod, string referenceMethod = "Naive2")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seasonalPeriod, 1);
        ArgumentException.ThrowIfNullOrEmpty(referenceMethod);
        (SeasonalPeriod, ReferenceMethod) = (seasonalPeriod, referenceMethod);
    }

    /// <summary>The period m of the MASE scale.</summary>
    public int SeasonalPeriod { get; }

    /// <summary>The method OWA is relative to.</summary>
    public string ReferenceMethod { get; }

    /// <summary>Adds one series' forecasts by <paramref name="method"/>.</summary>
    /// <exception cref="ArgumentException">When the actual and forecast lengths differ or the in-sample part has no more than m points.</exception>
    public void Add(string method, ReadOnlySpan<double> insample, ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        if (actual.Length != forecast.Length) throw new ArgumentException($"{actual.Length} actuals but {forecast.Length} forecasts", nameof(forecast));
        if (insample.Length <= SeasonalPeriod) throw new ArgumentException($"the in-sample part needs more than {SeasonalPeriod} points", nameof(insample));
        double scale = ForecastAccuracy.SeasonalNaiveScale(insample, SeasonalPeriod);
        if (!_totals.TryGetValue(method, out var totals))
        {
            _totals[method] = totals = new Totals();
            _order.Add(method);
        }
        for (int i = 0; i < actual.Length; i++)
        {
            totals.Sape += ErrorTerms.Sape(actual[i], forecast[i]);
            totals.Scaled += Math.Abs(actual[i] - forecast[i]) / scale;
        }
        totals.Points += actual.Length;
        totals.Series++;
    }

    /// <summary>The score of every method, in the order first added.</summary>
    public IReadOnlyList<M4Score> Scores() => _order.Select(Score).ToList();

    /// <summary>The score of one method.</summary>
    /// <exception cref="KeyNotFoundException">When nothing was added for <paramref name="method"/>.</exception>
    public M4Score Score(string method)
    {
        var t = _totals[method];
        double smape = t.Sape / t.Points, mase = t.Scaled / t.Points, owa = double.NaN;
        if (_totals.TryGetValue(ReferenceMethod, out var r))
            owa = 0.5 * (smape / (r.Sape / r.Points) + mase / (r.Scaled / r.Points));
        return new M4Score(method, t.Series, t.Points, smape, mase, owa);
    }

    private sealed class Totals
    {
        public double Sape, Scaled;
        public int Points, Series;
    }
}
