using ActorCluster.Analytics.Features;
using ActorCluster.Analytics.Pipeline;

namespace ActorCluster.Analytics.Alerts;

/// <summary>
/// What the rules read for one observation: the analytics step and features it produced, and the raw values.
/// Missing numbers are NaN; they raise no signal and never throw.
/// </summary>
/// <param name="Step">The result of <see cref="AsinAnalytics.Push"/> for this period.</param>
/// <param name="Features">The features after the push (<see cref="AsinAnalytics.Features"/>).</param>
/// <param name="Current">The raw observation of this period.</param>
/// <param name="Previous">The raw observation of the previous period, if any.</param>
/// <param name="PriceAtr">
/// The price ATR on the log level (<c>Threshold(MetricKind.Price).Atr.Value</c>); NaN skips the ATR band.
/// Read after the push it includes this period's true range with weight 1/period, which the default multiple allows for.
/// </param>
/// <param name="ResidualScale">
/// Scale of a normal forecast residual (e.g. the recent RMSE); NaN or ≤ 0 falls back to the 20-period units deviation.
/// </param>
public readonly record struct AlertInput(
    AnalyticsStep Step,
    FeatureVector Features,
    AnalyticsInput Current,
    AnalyticsInput? Previous = null,
    double PriceAtr = double.NaN,
    double ResidualScale = double.NaN)
{
    /// <summary>The period the observation belongs to (the clock of the lifecycle).</summary>
    public DateTime At => Step.Period;
}
