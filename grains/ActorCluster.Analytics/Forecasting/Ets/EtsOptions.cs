namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>Settings of ETS estimation and automatic model selection. Every default is stated once, here.</summary>
public sealed class EtsOptions
{
    /// <summary>Shared default instance; do not mutate.</summary>
    internal static EtsOptions Default { get; } = new();

    /// <summary>Levenberg–Marquardt iterations (Jacobian evaluations) per model from a cold start. Default 100.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Iterations per model when warm-started from previous parameters. Default 25.</summary>
    public int WarmStartMaxIterations { get; init; } = 25;

    /// <summary>
    /// Relative decrease of the sum of squares below which two accepted steps in a row end the search. Default 1e-8,
    /// i.e. the log-likelihood moves by less than about n·5e-9.
    /// </summary>
    public double Tolerance { get; init; } = 1e-8;

    /// <summary>Offer damped-trend models. Default true.</summary>
    public bool AllowDamped { get; init; } = true;

    /// <summary>
    /// Offer the multiplicative-error, multiplicative-season models (M,N,M), (M,A,M), (M,Ad,M) when the series is
    /// strictly positive. Default true.
    /// </summary>
    public bool AllowMultiplicativeSeason { get; init; } = true;

    /// <summary>
    /// Also offer multiplicative-error forms of the additive models ((M,N,N) … (M,Ad,A)), as R's <c>ets</c> does for
    /// positive data. Default false: they share point forecasts with their additive-error twins and double the cost.
    /// </summary>
    public bool AllowMultiplicativeErrorForAdditiveModels { get; init; }

    /// <summary>
    /// Skip seasonal candidates when the first differences show no seasonality at lag m (F-test of the m position
    /// means, p ≥ 0.10; <see cref="SeasonalityTest"/>). Only applied when n ≥ 3m. Default true (R's <c>ets</c> fits
    /// them all; this saves time on non-seasonal series).
    /// </summary>
    public bool TestSeasonality { get; init; } = true;

    /// <summary>Null when the settings are usable, otherwise why not.</summary>
    public string? Validate() =>
        MaxIterations < 1 ? "MaxIterations must be at least 1"
        : WarmStartMaxIterations < 1 ? "WarmStartMaxIterations must be at least 1"
        : !(Tolerance > 0 && Tolerance < 1) ? "Tolerance must be in (0, 1)"
        : null;
}
