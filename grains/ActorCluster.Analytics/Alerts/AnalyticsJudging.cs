using ActorCluster.Analytics.Pipeline;
using ActorCluster.Analytics.Volatility;

namespace ActorCluster.Analytics.Alerts;

/// <summary>
/// The one way a pushed period is judged: the rules read the step, the features, the price ATR and the recent
/// forecast RMSE (once at least <see cref="MinAccuracyCount"/> one-step errors exist) from the ASIN's analytics, and
/// the feedback rule's weight cuts go back into its thresholds. The grain, the alert evaluation and the benchmarks
/// all call this, so they judge alike.
/// </summary>
public static class AnalyticsJudging
{
    /// <summary>One-step errors needed before the RMSE scales the residual band (else the 20-period deviation does).</summary>
    public const int MinAccuracyCount = 10;

    /// <summary>Judges the period just pushed into <paramref name="analytics"/>.</summary>
    public static AlertEvaluation Judge(this AlertLifecycle lifecycle, AsinAnalytics analytics, in AnalyticsStep step,
        in AnalyticsInput current, AnalyticsInput? previous)
    {
        var accuracy = analytics.Accuracy;
        var evaluation = lifecycle.Evaluate(new AlertInput(step, analytics.Features, current, previous,
            analytics.Threshold(MetricKind.Price).Atr.Value, accuracy.Count >= MinAccuracyCount ? accuracy.Rmse : double.NaN));
        foreach (var metric in evaluation.LowerRecentWeight) analytics.Threshold(metric).LowerRecentWeight();
        return evaluation;
    }
}
