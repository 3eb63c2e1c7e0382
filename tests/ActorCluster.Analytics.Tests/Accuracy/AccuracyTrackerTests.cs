using ActorCluster.Analytics.Accuracy;

namespace ActorCluster.Analytics.Tests.Accuracy;

public class AccuracyTrackerTests
{
    [Fact]
    public void EqualsTheBatchMeasuresOverTheWindowOnRandomData()
    {
        var rng = new Random(42);
        const int window = 50;
        var tracker = new AccuracyTracker(window) { MaseScale = 3.5 };
        var actual = new List<double>();
        var forecast = new List<double>();
        for (int i = 0; i < 2000; i++)
        {
            // Mixed magnitudes and some zero actuals exercise MAPE's skipping and the compensated sums.
            double y = rng.NextDouble() < 0.1 ? 0 : Math.Exp(rng.NextDouble() * 12) * (rng.NextDouble() < 0.2 ? -1 : 1);
            double f = y + (rng.NextDouble() - 0.5) * Math.Abs(y + 1);
            Assert.True(tracker.Push(y, f));
            actual.Add(y);
            forecast.Add(f);
            int from = Math.Max(0, actual.Count - window);
            var a = actual.Skip(from).ToArray();
            var p = forecast.Skip(from).ToArray();
            var batch = ForecastAccuracy.Summarise(a, p, 3.5);
            var online = tracker.Summary;
            Assert.Equal(batch.Count, online.Count);
            AssertClose(batch.Mae, online.Mae);
            AssertClose(batch.Rmse, online.Rmse);
            AssertClose(batch.Smape, online.Smape);
            AssertClose(batch.Mase, online.Mase);
            if (double.IsNaN(batch.Mape)) Assert.True(double.IsNaN(online.Mape));
            else AssertClose(batch.Mape, online.Mape);
        }
        Assert.Equal(2000, tracker.Total);
    }

    [Fact]
    public void IgnoresNonFinitePairsAndReportsNaNWhenEmpty()
    {
        var tracker = new AccuracyTracker(3);
        Assert.True(double.IsNaN(tracker.Mae));
        Assert.Equal(AccuracySummary.Empty, tracker.Summary);
        Assert.False(tracker.Push(double.NaN, 1));
        Assert.False(tracker.Push(1, double.PositiveInfinity));
        Assert.Equal(0, tracker.Count);
        tracker.Push(0, 1);
        Assert.True(double.IsNaN(tracker.Mape));
        Assert.True(double.IsNaN(tracker.Mase));
        Assert.Equal(200, tracker.Smape);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AccuracyTracker(0));
    }

    [Fact]
    public void PushIsAllocationFreeAndPairsReplayIntoAnEqualTracker()
    {
        var tracker = new AccuracyTracker(24);
        tracker.Push(1, 1);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++) tracker.Push(i % 17 + 1, i % 13);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

        var copy = new AccuracyTracker(24);
        foreach (var (a, f) in tracker.Pairs) copy.Push(a, f);
        Assert.Equal(24, copy.Count);
        Assert.Equal(tracker.Rmse, copy.Rmse, 9);
        Assert.Equal(tracker.Mape, copy.Mape, 9);
        tracker.Reset();
        Assert.Equal(0, tracker.Count);
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"{expected} vs {actual}");
}
