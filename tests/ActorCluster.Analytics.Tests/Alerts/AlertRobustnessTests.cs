using ActorCluster.Analytics.Alerts;
using ActorCluster.Analytics.Features;
using ActorCluster.Analytics.Pipeline;
using ActorCluster.Analytics.Volatility;
using static ActorCluster.Analytics.Tests.Alerts.AlertTestData;

namespace ActorCluster.Analytics.Tests.Alerts;

public sealed class AlertRobustnessTests
{
    [Fact]
    public void Nan_and_infinite_inputs_never_throw_or_fire()
    {
        var l = new AlertLifecycle("B0NAN", defaults: Immediate);
        var nan = new ThresholdUpdate(PushStatus.NotFinite, double.NaN, double.NaN, double.NaN, false, HysteresisTransition.None);
        var features = new FeatureVector
        {
            Units = double.NaN, UnitsMean20 = double.NaN, UnitsStd20 = double.NaN, VolumeRatio = double.NaN,
            UnitsRsi = double.NaN, PriceRsi = double.PositiveInfinity,
        };
        double[] odd = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0, -1];
        for (int d = 0; d < 20; d++)
        {
            double x = odd[d % odd.Length];
            var at = Day0.AddDays(d);
            var weird = new ThresholdUpdate(PushStatus.Accepted, x, x, odd[(d + 1) % odd.Length], false, HysteresisTransition.None);
            var input = Input(d, units: d % 2 == 0 ? nan : weird, price: weird, rank: weird, residual: x, features: features,
                current: new(at, x, x, x, false), previous: new(at.AddDays(-1), x, x, x, false), priceAtr: x);
            var e = l.Evaluate(input);
            Assert.Equal(AlertTier.None, e.Decision.Tier);
        }
        Assert.Empty(l.History);
    }

    [Fact]
    public void Real_analytics_flag_a_spike_as_a_units_signal()
    {
        var analytics = new AsinAnalytics();
        var l = new AlertLifecycle("B0REAL", defaults: Immediate);
        var rng = new Random(7);
        AnalyticsInput? previous = null;
        AlertEvaluation? last = null;
        for (int d = 0; d < 120; d++)
        {
            double units = d == 119 ? 400 : 40 + rng.Next(-4, 5);
            var x = new AnalyticsInput(Day0.AddDays(d), units, 20, 3000 + rng.Next(-100, 100), false);
            var step = analytics.Push(x);
            last = l.Evaluate(new AlertInput(step, analytics.Features, x, previous, analytics.Threshold(MetricKind.Price).Atr.Value));
            previous = x;
        }
        Assert.Contains(last!.Decision.Signals, s => s.Kind == SignalKind.UnitsThreshold);
        Assert.Contains(last.Decision.Signals, s => s.Kind == SignalKind.UnitsSurge);
        Assert.True(last.Decision.Tier >= AlertTier.Yellow);
    }
}
