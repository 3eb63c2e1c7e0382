using ActorCluster.Analytics.Features;

namespace ActorCluster.Analytics.Tests.Features;

public class LifecycleEstimatorTests
{
    private static LifecycleStage After(Func<int, double> units, int periods)
    {
        var estimator = new LifecycleEstimator();
        for (int t = 0; t < periods; t++) estimator.Push(units(t));
        return estimator.Stage;
    }

    [Fact]
    public void A_new_product_is_in_introduction() => Assert.Equal(LifecycleStage.Introduction, After(t => 100 + 10 * t, 20));

    [Fact]
    public void Rising_flat_falling_and_dead_demand()
    {
        var rng = new Random(4);
        double Noise() => (rng.NextDouble() - 0.5) * 10;
        Assert.Equal(LifecycleStage.Growth, After(t => 50 + 2 * t + Noise(), 120));     // +2/period on a window mean near 230
        Assert.Equal(LifecycleStage.Maturity, After(t => 200 + Noise(), 120));
        Assert.Equal(LifecycleStage.Decline, After(t => Math.Max(0, 400 - 3 * t) + Noise(), 120));
        Assert.Equal(LifecycleStage.Decline, After(t => t < 30 ? 100 : 0, 120));
    }

    [Fact]
    public void Relative_slope_is_slope_over_mean()
    {
        var estimator = new LifecycleEstimator(window: 10, minimumPeriods: 0);
        for (int t = 0; t < 10; t++) estimator.Push(100 + t);
        Assert.Equal(1.0 / 104.5, estimator.RelativeSlope, 12);
    }
}
