namespace ActorCluster;

/// <summary>What an ASIN's analytics say now: features, forecast, thresholds per metric, accuracy and drift.</summary>
[GenerateSerializer, Immutable]
public sealed record AsinAnalyticsView
{
    [Id(0)] public required string Asin { get; init; }
    /// <summary>The latest period the analytics have absorbed.</summary>
    [Id(1)] public DateTime? Period { get; init; }
    /// <summary>Numeric features by name (e.g. "UnitsMean7", "UnitsRsi", "VolumeRatio"); NaN where not yet defined.</summary>
    [Id(2)] public IReadOnlyDictionary<string, double> Features { get; init; } = new Dictionary<string, double>();
    /// <summary>Life-cycle stage estimate: Introduction, Growth, Maturity or Decline.</summary>
    [Id(3)] public string Lifecycle { get; init; } = "";
    /// <summary>Calendar events the period falls on (Prime Day, Black Friday …).</summary>
    [Id(4)] public IReadOnlyList<string> Events { get; init; } = [];
    [Id(5)] public ForecastView Forecast { get; init; } = new();
    [Id(6)] public IReadOnlyList<MetricThresholdView> Thresholds { get; init; } = [];
    [Id(7)] public DriftView Drift { get; init; } = new();
    /// <summary>Outlier tests that flagged the latest units value (RobustZScore, Tukey, ThreeSigma, PromotionExempt …).</summary>
    [Id(8)] public string UnitsOutlier { get; init; } = "";
    /// <summary>Mean price over the category's reporting ASINs (NaN before the first report).</summary>
    [Id(9)] public double CategoryMeanPrice { get; init; } = double.NaN;
    /// <summary>Price competitiveness index: own price / category mean price (below 1 is cheaper than the category).</summary>
    [Id(10)] public double PriceCompetitivenessIndex { get; init; } = double.NaN;
    /// <summary>Share of the category's recent units (7-period means) that this ASIN sells.</summary>
    [Id(11)] public double MarketShare { get; init; } = double.NaN;
    [Id(12)] public int CategoryAsins { get; init; }
}

/// <summary>The forecast in use: points and intervals per step, whether it is trusted, and its recent accuracy.</summary>
[GenerateSerializer, Immutable]
public sealed record ForecastView
{
    /// <summary>Model code, or null when there is no forecast (see <see cref="Note"/>).</summary>
    [Id(0)] public string? Model { get; init; }
    /// <summary>Start of the first forecast period.</summary>
    [Id(1)] public DateTime? From { get; init; }
    [Id(2)] public double[] Mean { get; init; } = [];
    [Id(3)] public double[] Lower80 { get; init; } = [];
    [Id(4)] public double[] Upper80 { get; init; } = [];
    [Id(5)] public double[] Lower95 { get; init; } = [];
    [Id(6)] public double[] Upper95 { get; init; } = [];
    /// <summary>False while there is too little history or the intervals are too wide: rule-based thresholds only.</summary>
    [Id(7)] public bool Trusted { get; init; }
    [Id(8)] public string Note { get; init; } = "";
    [Id(9)] public DateTime? LastRefit { get; init; }
    /// <summary>Accuracy of recent one-step forecasts: count, MAE, RMSE, MAPE (%), sMAPE (%), MASE.</summary>
    [Id(10)] public int AccuracyCount { get; init; }
    [Id(11)] public double Mae { get; init; } = double.NaN;
    [Id(12)] public double Rmse { get; init; } = double.NaN;
    [Id(13)] public double Mape { get; init; } = double.NaN;
    [Id(14)] public double Smape { get; init; } = double.NaN;
    [Id(15)] public double Mase { get; init; } = double.NaN;
    /// <summary>Units multiplier on a promotion period, estimated from the ASIN's history (NaN: not estimable).</summary>
    [Id(16)] public double PromotionUplift { get; init; } = double.NaN;
    /// <summary>Price elasticity of units (NaN: not estimable, e.g. the price barely varied).</summary>
    [Id(17)] public double PriceElasticity { get; init; } = double.NaN;
    [Id(18)] public string EffectsNote { get; init; } = "";
    /// <summary>The model running in shadow, and both models' MAE over the comparison window.</summary>
    [Id(19)] public string? Challenger { get; init; }
    [Id(20)] public double ChampionWindowMae { get; init; } = double.NaN;
    [Id(21)] public double ChallengerWindowMae { get; init; } = double.NaN;
    /// <summary>Recent champion replacements, e.g. "2026-03-01: Theta replaced ETS(A,N,A) (MAE 3.1 vs 4.2 over 28 periods)".</summary>
    [Id(22)] public IReadOnlyList<string> ModelChanges { get; init; } = [];
}

/// <summary>One metric's volatility threshold on its period-to-period log-change.</summary>
[GenerateSerializer, Immutable]
public sealed record MetricThresholdView
{
    /// <summary>Units, Price or SalesRank.</summary>
    [Id(0)] public required string Metric { get; init; }
    /// <summary>False while warming up (fewer changes than the warm-up length): no trigger yet.</summary>
    [Id(1)] public bool Warm { get; init; }
    /// <summary>Trigger on |change − mean|: upper bound of the 99% quantile of the combined volatility.</summary>
    [Id(2)] public double Threshold { get; init; } = double.NaN;
    /// <summary>Level below which an active crossing ends (90% of the trigger: the 10% buffer band).</summary>
    [Id(3)] public double ExitLevel { get; init; } = double.NaN;
    [Id(4)] public bool Above { get; init; }
    [Id(5)] public double Sigma { get; init; } = double.NaN;
    [Id(6)] public double HistorySigma { get; init; } = double.NaN;
    [Id(7)] public double RecentSigma { get; init; } = double.NaN;
    /// <summary>Weight of the recent (GARCH/ATR) layer; the history layer has the rest.</summary>
    [Id(8)] public double RecentWeight { get; init; } = double.NaN;
    /// <summary>Trending, Choppy or Unknown.</summary>
    [Id(9)] public string Regime { get; init; } = "";
    [Id(10)] public double FeedbackPenalty { get; init; }
    /// <summary>The next period's level that would cross the trigger upwards / downwards.</summary>
    [Id(11)] public double NextUpperLevel { get; init; } = double.NaN;
    [Id(12)] public double NextLowerLevel { get; init; } = double.NaN;
    [Id(13)] public double LastLevel { get; init; } = double.NaN;
}

/// <summary>The Kolmogorov–Smirnov drift test between the reference and the recent window of units.</summary>
[GenerateSerializer, Immutable]
public sealed record DriftView
{
    [Id(0)] public bool Checked { get; init; }
    [Id(1)] public double Statistic { get; init; } = double.NaN;
    [Id(2)] public double PValue { get; init; } = double.NaN;
    [Id(3)] public bool Drift { get; init; }
    /// <summary>Period at which drift was last detected (it triggers a refit).</summary>
    [Id(4)] public DateTime? LastDrift { get; init; }
}
