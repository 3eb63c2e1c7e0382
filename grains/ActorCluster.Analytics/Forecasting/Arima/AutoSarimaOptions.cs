namespace ActorCluster.Analytics.Forecasting.Arima;

/// <summary>Limits and switches of <see cref="AutoSarima"/>; defaults follow R's auto.arima where sensible.</summary>
public sealed record AutoSarimaOptions
{
    /// <summary>Shared default instance.</summary>
    public static AutoSarimaOptions Default { get; } = new();

    /// <summary>Largest p searched. Default 2.</summary>
    public int MaxAr { get; init; } = 2;

    /// <summary>Largest q searched. Default 2.</summary>
    public int MaxMa { get; init; } = 2;

    /// <summary>Largest P searched. Default 1.</summary>
    public int MaxSeasonalAr { get; init; } = 1;

    /// <summary>Largest Q searched. Default 1.</summary>
    public int MaxSeasonalMa { get; init; } = 1;

    /// <summary>Largest d tried by the KPSS sequence. Default 2.</summary>
    public int MaxDiff { get; init; } = 2;

    /// <summary>Significance level of the KPSS tests. Default 0.05.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>Fixed d instead of the KPSS choice; null (default) to test.</summary>
    public int? Diff { get; init; }

    /// <summary>Fixed D instead of the seasonal-strength choice; null (default) to test.</summary>
    public int? SeasonalDiff { get; init; }

    /// <summary>The search strategy. Default <see cref="AutoSarimaSearch.Stepwise"/>.</summary>
    public AutoSarimaSearch Search { get; init; } = AutoSarimaSearch.Stepwise;

    /// <summary>Most models fitted in the stepwise search. Default 40.</summary>
    public int MaxModels { get; init; } = 40;
}
