using ActorCluster.Analytics.Volatility;

namespace ActorCluster.Analytics.Tests.Volatility;

public class VolatilityThresholdTests
{
    [Fact]
    public void Trigger_is_the_upper_bound_of_the_central_99_percent_interval()
    {
        var t = Warmed(MetricKind.Price, 300, 0.01, seed: 1);
        Assert.Equal(2.5758293035489, t.Z, 1e-9);
        Assert.Equal(t.Z * t.Sigma, t.Threshold, 1e-15);
        Assert.Equal(0.9 * t.Threshold, t.ExitLevel, 1e-15);
        Assert.Equal(t.Mean + t.Threshold, t.UpperLine, 1e-15);
        Assert.InRange(t.Sigma, 0.005, 0.02);
        var w = t.Weights;
        Assert.Equal(1.0, w.History + w.Recent, 1e-15);
    }

    [Fact]
    public void A_change_hovering_at_the_line_does_not_flap()
    {
        var t = Warmed(MetricKind.Price, 300, 0.01, seed: 2);
        double level = t.Rolling.LastLevel;
        int transitions = 0, naiveCrossings = 0;
        // A change at the line is itself news, so the adaptive line rises; the test keeps each score at
        // 102% / 95% of the line in force and alternates the sign so the level stays put.
        for (int i = 0; i < 60; i++)
        {
            double score = (i % 2 == 0 ? 1.02 : 0.95) * t.Threshold;
            if (score > t.Threshold) naiveCrossings++;
            level *= Math.Exp(t.Mean + (i % 4 < 2 ? score : -score));
            var update = t.TryPush(level);
            Assert.Equal(PushStatus.Accepted, update.Status);
            if (update.Transition != HysteresisTransition.None) transitions++;
        }
        Assert.Equal(30, naiveCrossings);
        Assert.Equal(1, transitions);
        Assert.True(t.IsAbove);
    }

    [Fact]
    public void Lowering_the_recent_weight_takes_five_points_a_step_bounded_below_and_survives_pushes()
    {
        var t = Warmed(MetricKind.Price, 300, 0.01, seed: 3);
        double before = t.Weights.Recent;
        Assert.True(t.LowerRecentWeight());
        Assert.Equal(0.05, t.FeedbackPenalty, 1e-12);
        double level = t.Rolling.LastLevel;
        for (int k = 0; k < 5; k++) t.TryPush(level *= Math.Exp(t.Mean + 3 * t.Threshold));  // alerts alone never change it
        Assert.Equal(0.05, t.FeedbackPenalty, 1e-12);
        Assert.True(t.Weights.Recent <= before);

        while (t.LowerRecentWeight()) { }
        Assert.Equal(0.10, t.Weights.Recent, 1e-12);                     // bounded below
        t.ResetFeedback();
        Assert.Equal(0, t.FeedbackPenalty);
    }

    [Fact]
    public void Each_metric_gets_its_own_log_transform_and_invalid_options_throw()
    {
        Assert.Equal(LogChangeKind.Log1p, new VolatilityThreshold(MetricKind.Units).Rolling.Kind);
        Assert.Equal(LogChangeKind.LogRatio, new VolatilityThreshold(MetricKind.Price).Rolling.Kind);
        Assert.Equal(LogChangeKind.LogRatio, new VolatilityThreshold(MetricKind.SalesRank).Rolling.Kind);
        Assert.Equal(2.3263478740408408, new VolatilityThreshold(MetricKind.Price, new() { TwoSided = false }).Z, 1e-9);
        Assert.Throws<ArgumentOutOfRangeException>(() => new VolatilityThreshold(MetricKind.Price, new() { Quantile = 1.0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VolatilityThreshold(MetricKind.Price, new() { MinRecentWeight = 0.5 }));
    }

    [Fact]
    public void Bad_input_is_reported_and_changes_nothing()
    {
        var t = new VolatilityThreshold(MetricKind.Price);
        Assert.Equal(PushStatus.NotFinite, t.TryPush(double.NaN).Status);
        Assert.Equal(PushStatus.NotFinite, t.TryPush(double.NegativeInfinity).Status);
        Assert.Equal(PushStatus.OutOfDomain, t.TryPush(0).Status);
        Assert.Equal(PushStatus.FirstLevel, t.TryPush(10).Status);         // one point
        Assert.Equal(PushStatus.OutOfDomain, t.TryPush(-1).Status);
        Assert.True(double.IsNaN(t.Threshold));
        Assert.Equal(0, t.Count);
        Assert.False(t.NeedsRefit);
        Assert.False(t.TryRefit().IsFitted);
    }

    [Fact]
    public void A_constant_series_has_a_zero_trigger_and_its_first_move_alerts()
    {
        var t = new VolatilityThreshold(MetricKind.Units);
        for (int i = 0; i < 150; i++) t.TryPush(0);
        Assert.Equal(0, t.Threshold);
        var refit = t.TryRefit();
        Assert.False(refit.IsFitted);
        Assert.Contains("constant", refit.Reason);
        Assert.Equal(HysteresisTransition.Entered, t.TryPush(4).Transition);
    }

    [Fact]
    public void Exported_state_continues_identically()
    {
        var t = Warmed(MetricKind.SalesRank, 300, 0.05, seed: 4);
        var copy = VolatilityThreshold.FromState(t.ExportState());
        var rng = new Random(5);
        double level = t.Rolling.LastLevel;
        for (int i = 0; i < 50; i++)
        {
            level *= Math.Exp(0.05 * RollingVolatilityTests.Gaussian(rng));
            var a = t.TryPush(level);
            var b = copy.TryPush(level);
            Assert.Equal(a.Transition, b.Transition);
            Assert.Equal(t.Threshold, copy.Threshold, 1e-12);
        }
        Assert.Equal(t.Weights.Recent, copy.Weights.Recent, 1e-12);
    }

    [Fact]
    public void Pushing_allocates_nothing()
    {
        var t = Warmed(MetricKind.Price, 300, 0.01, seed: 6);
        var rng = new Random(7);
        var levels = new double[5000];
        double level = t.Rolling.LastLevel;
        for (int i = 0; i < levels.Length; i++) levels[i] = level *= Math.Exp(0.01 * RollingVolatilityTests.Gaussian(rng));
        t.TryPush(levels[0]);
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var l in levels) t.TryPush(l);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>A threshold fed a random walk with log-change σ <paramref name="sigma"/>, GARCH fitted.</summary>
    internal static VolatilityThreshold Warmed(MetricKind metric, int n, double sigma, int seed)
    {
        var t = new VolatilityThreshold(metric);
        var rng = new Random(seed);
        double level = 100;
        for (int i = 0; i < n; i++)
        {
            level *= Math.Exp(sigma * RollingVolatilityTests.Gaussian(rng));
            t.TryPush(level);
            if (t.NeedsRefit) t.TryRefit();
        }
        Assert.True(t.Garch.IsFitted);
        return t;
    }
}
