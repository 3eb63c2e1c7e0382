using ActorCluster.Analytics.Evaluation;

namespace ActorCluster.Analytics.Tests.Evaluation;

public class RollingOriginBacktestTests
{
    private static readonly double[] Line = Enumerable.Range(1, 20).Select(t => (double)t).ToArray();

    // Naive forecast: the last training value repeated.
    private static double[]? Naive(ReadOnlyMemory<double> train, int h) => Enumerable.Repeat(train.Span[^1], h).ToArray();

    [Fact]
    public void ScoresTheLastKOriginsByHand()
    {
        // On y = t the naive forecast misses step j by j: MAE over h = 3 is 2, RMSE √(14/3); the in-sample
        // scale with m = 1 is 1, so MASE = 2 at every origin.
        Assert.True(RollingOriginBacktest.TryRun(Line, 3, 4, 1, 2, Naive, out var result, out var reason), reason);
        Assert.Equal([11, 13, 15, 17], result.Origins.Select(o => o.TrainLength));
        Assert.All(result.Origins, o => Assert.Equal(2, o.Accuracy.Mae, 12));
        Assert.Equal(Math.Sqrt(14.0 / 3), result.Mean.Rmse, 12);
        Assert.Equal(2, result.Mean.Mase, 12);
        Assert.Equal(12, result.Mean.Count);
        // MAPE at the last origin: 100/3·(1/18 + 2/19 + 3/20).
        Assert.Equal(100.0 / 3 * (1.0 / 18 + 2.0 / 19 + 3.0 / 20), result.Origins[^1].Accuracy.Mape, 12);
    }

    [Fact]
    public void BadInputGivesAReason()
    {
        Assert.False(RollingOriginBacktest.TryRun(Line, 3, 10, 1, 2, Naive, out _, out var r1));
        Assert.Contains("cannot hold", r1);
        Assert.False(RollingOriginBacktest.TryRun(Line, 0, 1, 1, 1, Naive, out _, out var r2));
        Assert.Contains("at least 1", r2);
        Assert.False(RollingOriginBacktest.TryRun(new[] { 1.0, double.NaN, 3, 4 }, 1, 1, 1, 1, Naive, out _, out var r3));
        Assert.Contains("not finite", r3);
        Assert.False(RollingOriginBacktest.TryRun(Line, 3, 2, 1, 1, (_, _) => null, out _, out var r4));
        Assert.Contains("null", r4);
        Assert.False(RollingOriginBacktest.TryRun(Line, 3, 2, 1, 1, (_, _) => [1, 2], out _, out var r5));
        Assert.Contains("2 values, 3 expected", r5);
        Assert.False(RollingOriginBacktest.TryRun(Line, 3, 2, 1, 1, (_, _) => [1, double.NaN, 3], out _, out var r6));
        Assert.Contains("non-finite", r6);
        Assert.False(RollingOriginBacktest.TryRun(ReadOnlyMemory<double>.Empty, 1, 1, 1, 1, Naive, out _, out _));
    }
}
