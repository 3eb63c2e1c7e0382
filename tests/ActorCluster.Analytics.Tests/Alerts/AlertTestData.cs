using ActorCluster.Analytics.Alerts;
using ActorCluster.Analytics.Features;
using ActorCluster.Analytics.Pipeline;
using ActorCluster.Analytics.Volatility;

namespace ActorCluster.Analytics.Tests.Alerts;

/// <summary>Hand-built observations: every figure of a step is chosen by the test, so each rule is exercised alone.</summary>
internal static class AlertTestData
{
    public static readonly DateTime Day0 = new(2025, 3, 3, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A change scoring <paramref name="score"/> against a threshold of 1 (log-change units).</summary>
    public static ThresholdUpdate Score(double score, double change = double.NaN) =>
        new(PushStatus.Accepted, double.IsNaN(change) ? score : change, score, 1.0, score > 1.0, HysteresisTransition.None);

    public static ThresholdUpdate Calm => Score(0.1);

    public static FeatureVector Neutral() => new()
    {
        Units = 10, Price = 20, UnitsMean20 = 10, UnitsStd20 = 2, VolumeRatio = 1, UnitsRsi = 50, PriceRsi = 50,
    };

    public static AlertInput Input(
        int day,
        ThresholdUpdate? units = null,
        ThresholdUpdate? price = null,
        ThresholdUpdate? rank = null,
        double residual = double.NaN,
        bool drift = false,
        FeatureVector? features = null,
        AnalyticsInput? current = null,
        AnalyticsInput? previous = null,
        double priceAtr = double.NaN)
    {
        var at = Day0.AddDays(day);
        var step = new AnalyticsStep(at, 0, units ?? Calm, price ?? Calm, rank ?? Calm, residual, drift);
        var f = features ?? Neutral();
        // The raw count follows the step's units change, so a move the step scores is also a move beyond count noise.
        double count = Math.Round(f.Units * Math.Exp(units is { } u && double.IsFinite(u.Change) ? u.Change : 0));
        return new AlertInput(step, f, current ?? new AnalyticsInput(at, count, 20, 1000, false),
            previous ?? new AnalyticsInput(at.AddDays(-1), 10, 20, 1000, false), priceAtr);
    }

    /// <summary>Options that fire on the first qualifying period and resolve on the first clear one.</summary>
    public static AlertRuleOptions Immediate => new() { FireAfter = 1, FireWindow = 1, ResolveAfter = 1 };

    public static FeatureVector Surging(double units = 25) => Neutral() with { Units = units, VolumeRatio = units / 10, UnitsRsi = 80 };
}
