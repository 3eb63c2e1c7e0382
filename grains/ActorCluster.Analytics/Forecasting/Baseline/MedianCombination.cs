namespace ActorCluster.Analytics.Forecasting.Baseline;

/// <summary>
/// A combination forecaster: at every step the point forecast is the median of the components' point
/// forecasts, and each interval bound is the median of the components' same bound (a robust form of
/// combining quantiles, cf. Lichtendahl, Grushka-Cockayne &amp; Winkler 2013, "Is it better to average
/// probabilities or quantiles?", Mgmt Sci 59(7)). With an even number of components the two middle values
/// are averaged. Since every component has lower ≤ mean ≤ upper, so does the combination.
/// </summary>
/// <remarks>
/// Median combinations are robust to one badly wrong member (Makridakis et al. 2020 on M4 combinations).
/// <see cref="Update"/> forwards to every component (O(k), allocation-free when they are).
/// <see cref="Parameters"/> is [1, k, then per component its parameter count and parameters]; to rebuild,
/// restore the components by their names and combine them again.
/// </remarks>
public sealed class MedianCombination : IForecastModel
{
    private readonly IForecastModel[] _components;

    /// <summary>Combines one or more fitted models of the same series.</summary>
    /// <exception cref="ArgumentException">When the list is empty or holds a null.</exception>
    public MedianCombination(IReadOnlyList<IForecastModel> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        if (components.Count == 0) throw new ArgumentException("at least one component is needed", nameof(components));
        _components = [.. components];
        if (Array.Exists(_components, c => c is null)) throw new ArgumentException("a component is null", nameof(components));
        Name = "Median(" + string.Join(",", _components.Select(c => c.Name)) + ")";
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The combined models.</summary>
    public IReadOnlyList<IForecastModel> Components => _components;

    /// <inheritdoc/>
    public int Count => _components.Min(c => c.Count);

    /// <inheritdoc/>
    public double[] Parameters
    {
        get
        {
            var parts = _components.Select(c => c.Parameters).ToArray();
            var p = new List<double>(2 + parts.Sum(x => x.Length + 1)) { 1, parts.Length };
            foreach (var part in parts) { p.Add(part.Length); p.AddRange(part); }
            return [.. p];
        }
    }

    /// <inheritdoc/>
    public void Update(double y)
    {
        SeriesCheck.ThrowIfNotFinite(y);
        foreach (var c in _components) c.Update(y);
    }

    /// <inheritdoc/>
    public Forecast Forecast(int horizon)
    {
        SeriesCheck.ThrowIfBadHorizon(horizon);
        var parts = new Forecast[_components.Length];
        for (int i = 0; i < parts.Length; i++) parts[i] = _components[i].Forecast(horizon);
        return new Forecast(Name,
            Median(parts, horizon, f => f.Mean), Median(parts, horizon, f => f.Lower80), Median(parts, horizon, f => f.Upper80),
            Median(parts, horizon, f => f.Lower95), Median(parts, horizon, f => f.Upper95));
    }

    private static double[] Median(Forecast[] parts, int horizon, Func<Forecast, double[]> select)
    {
        var result = new double[horizon];
        Span<double> values = parts.Length <= 64 ? stackalloc double[parts.Length] : new double[parts.Length];
        for (int j = 0; j < horizon; j++)
        {
            for (int i = 0; i < parts.Length; i++) values[i] = select(parts[i])[j];
            values.Sort();
            int mid = values.Length / 2;
            result[j] = values.Length % 2 == 1 ? values[mid] : 0.5 * (values[mid - 1] + values[mid]);
        }
        return result;
    }
}
