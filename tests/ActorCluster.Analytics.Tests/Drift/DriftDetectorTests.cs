using ActorCluster.Analytics.Drift;

namespace ActorCluster.Analytics.Tests.Drift;

public class DriftDetectorTests
{
    [Fact]
    public void Reports_drift_after_a_level_shift_and_not_before()
    {
        var detector = new DriftDetector(referenceSize: 120, recentSize: 30, alpha: 0.01);
        var rng = new Random(2);
        for (int i = 0; i < 150; i++) detector.TryPush(KolmogorovSmirnovTests.Normal(rng));
        var calm = detector.Check();
        Assert.True(calm.Test.IsValid);
        Assert.False(calm.IsDrift, $"p = {calm.Test.PValue}");

        for (int i = 0; i < 30; i++) detector.TryPush(KolmogorovSmirnovTests.Normal(rng) + 2);
        var shifted = detector.Check();
        Assert.True(shifted.IsDrift, $"p = {shifted.Test.PValue}");
        Assert.Equal(0.01, shifted.Alpha);
    }

    [Fact]
    public void Filling_windows_and_bad_values_are_reported_not_thrown()
    {
        var detector = new DriftDetector(10, 5);
        Assert.False(detector.TryPush(double.NaN));
        Assert.False(detector.TryPush(double.NegativeInfinity));
        detector.TryPush(1);
        var report = detector.Check();
        Assert.False(report.IsDrift);
        Assert.False(report.Test.IsValid);
        Assert.NotNull(report.Test.Reason);
        for (int i = 0; i < 20; i++) detector.TryPush(7);                  // constant series
        var constant = detector.Check();
        Assert.Equal(0, constant.Test.Statistic);
        Assert.False(constant.IsDrift);
    }

    [Fact]
    public void Exported_window_rebuilds_the_same_detector()
    {
        var detector = new DriftDetector(20, 10);
        var rng = new Random(4);
        for (int i = 0; i < 47; i++) detector.TryPush(KolmogorovSmirnovTests.Normal(rng) + (i > 40 ? 3 : 0));
        var copy = DriftDetector.FromWindow(detector.ExportWindow(), 20, 10);
        Assert.Equal(detector.Check(), copy.Check());
    }
}
