namespace ActorCluster.Analytics.Pipeline;

/// <summary>
/// The identity of what the analytics compute, recorded with every export so offline training can tell which
/// features and which forecasting pipeline produced a row. Bump a number by hand when the meaning of its output
/// changes (a new or redefined feature, a different model selection), not for refactorings that keep every value.
/// </summary>
public static class AnalyticsVersion
{
    /// <summary>
    /// Version of the feature set: the columns of <see cref="Features.FeatureVector"/>, their definitions and the
    /// gap filling of <see cref="AsinAnalytics.Push"/>. 1: lags 1/7/30, means and deviations over 7/20/30/60/250,
    /// EWMA, RSI(14), volume ratio, price×promotion, life-cycle trend, calendar fields and the event mask.
    /// </summary>
    public const int FeatureSet = 1;

    /// <summary>
    /// Version of the forecasting pipeline: <see cref="AutoForecastFitter"/>'s candidate families and selection,
    /// the champion/challenger contest and the trust rule of the intervals. The fitted model of each ASIN
    /// (e.g. "ETS(A,N,A)") is recorded beside it per row.
    /// </summary>
    public const int Model = 1;
}
