using System.Text.Json;
using System.Text.Json.Serialization;
using ActorCluster.Analytics.Alerts;
using ActorCluster.Analytics.Evaluation.Alerts;
using ActorCluster.Analytics.Simulation;

namespace ActorCluster.Analytics.Tests.Evaluation;

public class AlertEvaluationTests
{
    private static readonly AlertEvaluationOptions Options = new() { Window = 3, WarmupPeriods = 60 };

    // 200 periods; scored from 60. Labels: warm-up spike [40, 41], spike [100, 101], drop [150, 152],
    // missing data [170, 171], level shift [180, 185] (missed). Alerts: yellow at 30 (warm-up); yellow at 101
    // escalating to red at 103 (true); orange at 120 escalating to red at 121 (false alarm); red at 152 (true).
    private static AsinReplay HandBuilt()
    {
        LabelSpan[] labels =
        [
            new(AnomalyKind.Spike, 40, 41), new(AnomalyKind.Spike, 100, 101), new(AnomalyKind.Drop, 150, 152),
            new(AnomalyKind.MissingData, 170, 171), new(AnomalyKind.LevelShift, 180, 185),
        ];
        ReplayedAlert[] alerts =
        [
            new("A-1", 30, AlertTier.Yellow, 0.78, [], 32, [SignalKind.UnitsThreshold]),
            new("A-2", 101, AlertTier.Yellow, 0.78, [new TierChange(103, AlertTier.Red)], 106, [SignalKind.UnitsThreshold]),
            new("A-3", 120, AlertTier.Orange, 0.87, [new TierChange(121, AlertTier.Red)], 124, [SignalKind.PriceThreshold, SignalKind.PriceRsi, SignalKind.PriceAtrBand]),
            new("A-4", 152, AlertTier.Red, 0.95, [], null, [SignalKind.UnitsThreshold, SignalKind.ForecastResidual]),
        ];
        var p = new double[200];
        Array.Fill(p, double.NaN);
        for (int t = 60; t < 100; t++) p[t] = 0.05;
        for (int t = 100; t < 104; t++) p[t] = 0.95;
        p[104] = 1.0;
        for (int t = 120; t < 124; t++) p[t] = 0.85;
        return new AsinReplay("S000000001", 0, new DateTime(2024, 1, 1), 200, labels, alerts, p, new int[200]);
    }

    [Fact]
    public void AlertsAreTrueInsideALabelWindowAndFalseOutside()
    {
        var s = AlertScorer.Score([HandBuilt()], Options);
        Assert.Equal(140, s.AsinDays);
        Assert.Equal(3, s.Alerts); // the warm-up alert is not scored
        Assert.Equal(1, s.FalseAlarms);
        Assert.Equal(1.0 / 3, s.FalseAlarmRate, 12);
        Assert.Equal(1000.0 / 140, s.FalseAlarmsPerThousandAsinDays, 12);
    }

    [Fact]
    public void StockOutsCountAsEventsOnlyUnderTheSecondDefinition()
    {
        var outOfStock = new bool[200];
        outOfStock[117] = outOfStock[118] = true; // the orange alert at 120 lies within [117, 118 + W]
        var replay = HandBuilt() with { OutOfStock = outOfStock };
        var labelsOnly = AlertScorer.Score([replay], Options);
        var withStockOuts = AlertScorer.Score([replay], Options with { StockOutsAreEvents = true });
        Assert.Equal(1, labelsOnly.FalseAlarms);
        Assert.Equal(0, withStockOuts.FalseAlarms);
        Assert.Equal(labelsOnly.Tiers.Select(t => t.Captured), withStockOuts.Tiers.Select(t => t.Captured));

        outOfStock[117] = outOfStock[118] = false;
        outOfStock[115] = true; // its window [115, 118] ends before the alert
        Assert.Equal(1, AlertScorer.Score([replay], Options with { StockOutsAreEvents = true }).FalseAlarms);
    }

    [Fact]
    public void TiersCountEscalationsAndRedPrecisionUsesTheDayRedWasReached()
    {
        var s = AlertScorer.Score([HandBuilt()], Options);
        Assert.Equal([AlertTier.Yellow, AlertTier.Orange, AlertTier.Red], s.Tiers.Select(t => t.Tier));
        Assert.All(s.Tiers, t => Assert.Equal((3, 2), (t.Alerts, t.TrueAlerts)));
        Assert.Equal(2.0 / 3, s.RedPrecision, 12);
        // Spike and drop captured at every tier, the level shift missed; missing data and the warm-up label not counted.
        Assert.All(s.Tiers, t => Assert.Equal((3, 2), (t.Labels, t.Captured)));
        Assert.Equal(1, s.MissingDataLabels);
    }

    [Fact]
    public void CaptureAtATierNeedsThatTierWithinTheWindow()
    {
        var replay = HandBuilt();
        // The spike's alert now escalates to red only after [100, 104]: captured yellow, not red.
        var late = replay with { Alerts = [.. replay.Alerts.Select(a => a.Id == "A-2" ? a with { Escalations = [new TierChange(105, AlertTier.Red)] } : a)] };
        var s = AlertScorer.Score([late], Options);
        Assert.Equal(2, s.Tiers[0].Captured);
        Assert.Equal(1, s.Tiers[1].Captured);
        Assert.Equal(1, s.Tiers[2].Captured);
        var spike = s.Kinds.Single(k => k.Kind == AnomalyKind.Spike);
        Assert.Equal((1, 1, 0, 0), (spike.Labels, spike.CapturedYellow, spike.CapturedOrange, spike.CapturedRed));
    }

    [Fact]
    public void DelaysAndKindsAreReported()
    {
        var s = AlertScorer.Score([HandBuilt()], Options);
        // Yellow+: spike fired at 101 (delay 1), drop at 152 (delay 2). Orange+: spike escalated at 103 (delay 3).
        Assert.Equal((2, 1.5, 1.5), (s.Tiers[0].Delay.Count, s.Tiers[0].Delay.Median, s.Tiers[0].Delay.Mean));
        Assert.Equal(2.5, s.Tiers[1].Delay.Median, 12);
        Assert.Equal([AnomalyKind.Spike, AnomalyKind.Drop, AnomalyKind.LevelShift, AnomalyKind.MissingData], s.Kinds.Select(k => k.Kind));
        Assert.Equal(0.0, s.Kinds.Single(k => k.Kind == AnomalyKind.LevelShift).YellowRate);
        Assert.Equal(1.0, s.Kinds.Single(k => k.Kind == AnomalyKind.Drop).RedRate);
        var units = s.Signals.Single(x => x.Kind == SignalKind.UnitsThreshold);
        Assert.Equal((2, 0, 1), (units.Alerts, units.FalseAlarms, units.Alone));
        Assert.Equal(1, s.Signals.Single(x => x.Kind == SignalKind.PriceRsi).FalseAlarms);
    }

    [Fact]
    public void DelayQuantilesInterpolate()
    {
        var d = DelayStats.Of([9, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
        Assert.Equal((10, 4.5, 4.5), (d.Count, d.Median, d.Mean));
        Assert.Equal(8.1, d.P90, 12);
        Assert.True(double.IsNaN(DelayStats.Of([]).Median));
    }

    [Fact]
    public void CalibrationBinsCompareThePredictedWithTheObservedShare()
    {
        var s = AlertScorer.Score([HandBuilt()], Options);
        Assert.Equal(10, s.Calibration.Count);
        Assert.Equal(49, s.CalibrationPeriods);
        Assert.Equal((40L, 0.0), (s.Calibration[0].Periods, s.Calibration[0].Observed));
        Assert.Equal(0.05, s.Calibration[0].MeanPredicted, 12);
        Assert.Equal((4L, 0.0), (s.Calibration[8].Periods, s.Calibration[8].Observed));
        Assert.Equal(0.85, s.Calibration[8].MeanPredicted, 12);
        // 1.0 falls in the last bin, which is closed.
        Assert.Equal((5L, 1.0), (s.Calibration[9].Periods, s.Calibration[9].Observed));
        Assert.Equal(0.96, s.Calibration[9].MeanPredicted, 12);
        Assert.Equal(0L, s.Calibration[5].Periods);
        Assert.True(double.IsNaN(s.Calibration[5].Observed));
        Assert.Equal((40 * 0.0025 + 4 * 0.7225 + 4 * 0.0025) / 49, s.BrierScore, 12);
        Assert.Equal(5.0 / 49, s.AnomalousShare, 12);
    }

    [Fact]
    public void LabelsConvertToPeriodsAndWindows()
    {
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var label = new AnomalyLabel("S000000001", AnomalyKind.Drop, start.AddDays(10), start.AddDays(12), AnomalyMetric.Units, 0.4);
        var span = LabelSpan.From(label, start, TimeSpan.FromDays(1));
        Assert.Equal(new LabelSpan(AnomalyKind.Drop, 10, 12), span);
        Assert.True(span.WindowContains(15, 3));
        Assert.False(span.WindowContains(16, 3));
        Assert.False(span.WindowContains(9, 3));
        var mask = LabelSpan.WindowMask([span], 20, 3);
        Assert.Equal(Enumerable.Range(10, 6), Enumerable.Range(0, 20).Where(t => mask[t]));
    }

    [Fact]
    public void EstimatedLikelihoodsAreSmoothedAndBounded()
    {
        var counts = new SignalCounts();
        int units = 1 << (int)SignalKind.UnitsThreshold, rsi = 1 << (int)SignalKind.PriceRsi;
        for (int i = 0; i < 5_000; i++) counts.Add(i < 250 ? units | rsi : units, anomalous: true);
        for (int i = 0; i < 20_000; i++) counts.Add(0, anomalous: false);
        var rules = LikelihoodEstimator.Estimate(counts, new AlertRuleOptions(), Options);
        Assert.Equal(0.999, rules.Likelihoods[SignalKind.UnitsThreshold].GivenAnomaly, 12); // 5001/5002, bounded
        Assert.Equal(0.001, rules.Likelihoods[SignalKind.UnitsThreshold].GivenNormal, 12);  // 1/20002, bounded
        Assert.Equal(251.0 / 5002, rules.Likelihoods[SignalKind.PriceRsi].GivenAnomaly, 12);
        Assert.Equal(0.001, rules.Likelihoods[SignalKind.Drift].GivenAnomaly, 12); // 1/5002, bounded
        Assert.Equal(5001.0 / 25002, rules.PriorProbability, 12);
        Assert.Equal(0.5, LikelihoodEstimator.Smoothed(0, 0, 0.001), 12);
        rules.Validate();
    }

    [Fact]
    public void ReplayJudgesOnlyReportedDaysAndFiresAboveTheFloor()
    {
        var scenario = new MarketScenario { Asins = 3, Days = 150, Seed = 7, AnomalyRate = 0.02 };
        foreach (var series in MarketSimulator.Simulate(scenario))
        {
            var replay = AlertReplayer.Replay(series, Options);
            for (int t = 0; t < series.Days.Count; t++)
                Assert.Equal(series.Days[t].Missing, double.IsNaN(replay.Probabilities[t]));
            Assert.All(replay.Alerts, a => Assert.True(a.ProbabilityAtFiring >= 0.75));
            Assert.Equal(series.Labels.Count, replay.Labels.Count);
        }
    }

    [Fact]
    public void MonteCarloIsTheSameWhateverTheThreadCountAndTheBacktestStaysInBounds()
    {
        var settings = new AlertMonteCarloSettings { Markets = 2, Asins = 3, Days = 150, Seed = 11, AnomalyRate = 0.02 };
        var one = AlertMonteCarlo.Run(settings with { Parallelism = 1 }, Options);
        var two = AlertMonteCarlo.Run(settings with { Parallelism = 3 }, Options);
        Assert.Equal(Json(one), Json(two));
        Assert.Equal(2, one.Reestimations); // after the warm-up: at day 90 and 120
        Assert.NotNull(one.After);
        Assert.Equal(2, one.Markets.Count);
        var estimate = one.FinalEstimate!;
        Assert.All(estimate.Likelihoods.Values, l =>
        {
            Assert.InRange(l.GivenAnomaly, 0.001, 0.999);
            Assert.InRange(l.GivenNormal, 0.001, 0.999);
        });
        Assert.InRange(estimate.PriorProbability, 0.001, 0.999);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Converters = { new JsonStringEnumConverter() }, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static string Json(AlertMonteCarloResult r) =>
        JsonSerializer.Serialize(new { r.Before, r.After, r.Markets, r.FinalEstimate?.Likelihoods, r.FinalEstimate?.PriorProbability }, JsonOptions);
}
