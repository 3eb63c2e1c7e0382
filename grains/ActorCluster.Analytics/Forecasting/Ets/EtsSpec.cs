namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>
/// The form of an ETS model: error, trend and season components, in the taxonomy of Hyndman, Koehler, Ord &amp;
/// Snyder (2008, Table 2.1). <see cref="Code"/> is R's short code ("AAdA"); <see cref="Name"/> the display form
/// ("ETS(A,Ad,A)") used as <see cref="IForecastModel.Name"/>. Both parse back with <see cref="TryParse"/>.
/// </summary>
public readonly record struct EtsSpec(EtsError Error, EtsTrend Trend, EtsSeason Season)
{
    /// <summary>Largest season length accepted (hourly data with a yearly season is 8766).</summary>
    public const int MaxSeasonLength = 10_000;

    /// <summary>True when the model has a trend (damped or not).</summary>
    public bool HasTrend => Trend != EtsTrend.None;

    /// <summary>True for the damped trend; phi is then estimated.</summary>
    public bool IsDamped => Trend == EtsTrend.AdditiveDamped;

    /// <summary>True when the model has a seasonal component.</summary>
    public bool IsSeasonal => Season != EtsSeason.None;

    /// <summary>True when the model needs a strictly positive series (multiplicative error or season).</summary>
    public bool NeedsPositiveData => Error == EtsError.Multiplicative || Season == EtsSeason.Multiplicative;

    /// <summary>R's short code, e.g. "ANN", "AAdA", "MAM".</summary>
    public string Code => ErrorLetter + TrendLetters + SeasonLetter;

    /// <summary>Display name, e.g. "ETS(A,Ad,A)".</summary>
    public string Name => $"ETS({ErrorLetter},{TrendLetters},{SeasonLetter})";

    private string ErrorLetter => Error == EtsError.Additive ? "A" : "M";
    private string TrendLetters => Trend switch { EtsTrend.None => "N", EtsTrend.Additive => "A", _ => "Ad" };
    private string SeasonLetter => Season switch { EtsSeason.None => "N", EtsSeason.Additive => "A", _ => "M" };

    /// <summary>Number of smoothing parameters: alpha, plus beta, gamma and phi where present.</summary>
    public int SmoothingCount => 1 + (HasTrend ? 1 : 0) + (IsSeasonal ? 1 : 0) + (IsDamped ? 1 : 0);

    /// <summary>
    /// Number of freely estimated initial states: level, slope if trended, and m-1 seasonal states (the m-th follows
    /// from the normalisation, as in R).
    /// </summary>
    public int FreeStateCount(int m) => 1 + (HasTrend ? 1 : 0) + (IsSeasonal ? m - 1 : 0);

    /// <summary>Estimated parameters, R's <c>length(par)</c>: smoothing parameters plus free initial states.</summary>
    public int ParameterCount(int m) => SmoothingCount + FreeStateCount(m);

    /// <summary>
    /// Fewest observations for which this model is fitted: R's rule n &gt; npars + 4 (npars = 2 + 2·trend + m·season
    /// + damped), and for seasonal models at least two full seasons for the initial decomposition.
    /// </summary>
    public int MinimumLength(int m)
    {
        int npars = 2 + (HasTrend ? 2 : 0) + (IsSeasonal ? m : 0) + (IsDamped ? 1 : 0);
        int min = npars + 5;
        return IsSeasonal ? Math.Max(min, 2 * m) : min;
    }

    /// <summary>Parses "ETS(A,Ad,M)" or the short code "AAdM" (case-sensitive letters, as R prints them).</summary>
    public static bool TryParse(string? text, out EtsSpec spec)
    {
        spec = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var code = text.Trim();
        if (code.StartsWith("ETS(", StringComparison.Ordinal) && code.EndsWith(')'))
            code = code[4..^1].Replace(",", "", StringComparison.Ordinal);
        if (code.Length is < 3 or > 4) return false;
        EtsError error;
        switch (code[0]) { case 'A': error = EtsError.Additive; break; case 'M': error = EtsError.Multiplicative; break; default: return false; }
        EtsTrend trend;
        var t = code[1..^1];
        switch (t) { case "N": trend = EtsTrend.None; break; case "A": trend = EtsTrend.Additive; break; case "Ad": trend = EtsTrend.AdditiveDamped; break; default: return false; }
        EtsSeason season;
        switch (code[^1]) { case 'N': season = EtsSeason.None; break; case 'A': season = EtsSeason.Additive; break; case 'M': season = EtsSeason.Multiplicative; break; default: return false; }
        spec = new EtsSpec(error, trend, season);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
