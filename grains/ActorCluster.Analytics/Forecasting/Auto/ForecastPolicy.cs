using ActorCluster.Analytics.Forecasting.Arima;
using ActorCluster.Analytics.Forecasting.Ets;

namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>
/// Settings of <see cref="AutoForecaster"/>. Every default is stated here, once; instances are immutable, so the
/// presets may be shared.
/// </summary>
public sealed record ForecastPolicy
{
    /// <summary>The defaults: <see cref="AutoForecastMode.Fast"/>, built for a per-observation actor's refit budget.</summary>
    public static ForecastPolicy Fast { get; } = new();

    /// <summary>The defaults with <see cref="AutoForecastMode.Accurate"/>: rolling-origin validation over 3 origins, SARIMA included.</summary>
    public static ForecastPolicy Accurate { get; } = new() { Mode = AutoForecastMode.Accurate };

    /// <summary>Fast (one validation origin, no refit) or accurate (rolling origins, refit). Default <see cref="AutoForecastMode.Fast"/>.</summary>
    public AutoForecastMode Mode { get; init; } = AutoForecastMode.Fast;

    /// <summary>
    /// Fewest observations (after missing values are handled) from which a model is chosen; shorter series get a
    /// reason ("need at least N periods") so the caller falls back to rules. Default 14: two weeks of daily data,
    /// two seasons at m = 7, and room for a validation window of 7.
    /// </summary>
    public int MinimumObservations { get; init; } = 14;

    /// <summary>Validation origins in <see cref="AutoForecastMode.Accurate"/> (fast mode always uses 1). Default 3.</summary>
    public int ValidationOrigins { get; init; } = 3;

    /// <summary>
    /// Length of each validation window; null (default) means the requested horizon. Either way it is cut so the
    /// windows together take at most half of the series, and the origins are one window apart.
    /// </summary>
    public int? ValidationHorizon { get; init; }

    /// <summary>The ranking error. Default <see cref="ValidationMetric.Mase"/> (defined with zero sales, unlike sMAPE).</summary>
    public ValidationMetric Metric { get; init; } = ValidationMetric.Mase;

    /// <summary>Offer automatic ETS. Default true.</summary>
    public bool UseEts { get; init; } = true;

    /// <summary>Offer automatic SARIMA (in fast mode only with <see cref="SarimaInFastMode"/>). Default true.</summary>
    public bool UseSarima { get; init; } = true;

    /// <summary>
    /// Also offer SARIMA in fast mode, with the cheaper fixed-candidate search. Default false: that search costs
    /// about 7 ms on 365 daily points (fast mode goes from about 2 to 9 ms), beyond the 5 ms budget of a refit.
    /// </summary>
    public bool SarimaInFastMode { get; init; }

    /// <summary>Offer the Theta method. Default true.</summary>
    public bool UseTheta { get; init; } = true;

    /// <summary>Offer Croston-SBA/TSB when the demand is intermittent or lumpy (ADI ≥ 1.32). Default true.</summary>
    public bool UseIntermittent { get; init; } = true;

    /// <summary>
    /// Whether the intermittent/lumpy class decides the family or Croston/TSB compete with the others. Default
    /// <see cref="IntermittentDemandHandling.Classify"/>.
    /// </summary>
    public IntermittentDemandHandling IntermittentDemand { get; init; } = IntermittentDemandHandling.Classify;

    /// <summary>
    /// The ranking error for intermittent and lumpy series. Default <see cref="ValidationMetric.Rmsse"/>: MASE and
    /// sMAPE reward a forecast of zero for mostly-zero series (the median), which is useless for stocking.
    /// </summary>
    public ValidationMetric IntermittentMetric { get; init; } = ValidationMetric.Rmsse;

    /// <summary>Offer the seasonal naive forecast (when m ≥ 2). Default true.</summary>
    public bool UseSeasonalNaive { get; init; } = true;

    /// <summary>Offer the naive forecast. Default true: it is the safe answer for short or random-walk-like series.</summary>
    public bool UseNaive { get; init; } = true;

    /// <summary>Offer the median of the best-ranked candidates as a candidate of its own. Default true.</summary>
    public bool UseCombination { get; init; } = true;

    /// <summary>How many of the best-ranked candidates the combination takes (at least 2 must exist). Default 3.</summary>
    public int CombinationSize { get; init; } = 3;

    /// <summary>What to do with NaN/±∞. Default <see cref="MissingValueHandling.Interpolate"/>.</summary>
    public MissingValueHandling MissingValues { get; init; } = MissingValueHandling.Interpolate;

    /// <summary>Largest share of missing values that is interpolated rather than refused. Default 0.2.</summary>
    public double MaxMissingFraction { get; init; } = 0.2;

    /// <summary>
    /// ETS settings; null (default) means <see cref="EtsOptions"/>' own defaults in accurate mode, and in fast mode
    /// the same without the multiplicative-season forms: they are a third of the ETS search's cost, and leaving
    /// them out also scored better on M4 Hourly in fast mode (OWA 0.598 against 0.622).
    /// </summary>
    public EtsOptions? Ets { get; init; }

    /// <summary>
    /// SARIMA search settings; null (default) means the stepwise search of <see cref="AutoSarimaOptions"/> in
    /// accurate mode and its fixed-candidate search in fast mode.
    /// </summary>
    public AutoSarimaOptions? Sarima { get; init; }

    /// <summary>Null when the settings are usable, otherwise why not.</summary>
    public string? Validate() =>
        MinimumObservations < 3 ? "MinimumObservations must be at least 3"
        : ValidationOrigins < 1 ? "ValidationOrigins must be at least 1"
        : ValidationHorizon is < 1 ? "ValidationHorizon must be at least 1 when set"
        : CombinationSize < 2 ? "CombinationSize must be at least 2"
        : !(MaxMissingFraction >= 0 && MaxMissingFraction < 1) ? "MaxMissingFraction must be in [0, 1)"
        : Ets?.Validate();
}
