using ActorCluster.Analytics.Stationarity;

namespace ActorCluster.Analytics.Tests.Stationarity;

public class KpssTestTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomWalkRejectsStationarity(int seed)
    {
        var result = KpssTest.Compute(SimulatedSeries.RandomWalk(500, seed));
        Assert.True(result.RejectsStationarity(0.05));
        Assert.True(result.Statistic > result.Critical5);
    }

    [Theory]
    [InlineData(1, KpssLagRule.Short)]
    [InlineData(2, KpssLagRule.Long)]
    [InlineData(3, KpssLagRule.Automatic)]
    public void WhiteNoiseIsStationary(int seed, KpssLagRule rule)
    {
        var result = KpssTest.Compute(SimulatedSeries.WhiteNoise(500, seed), rule: rule);
        Assert.False(result.RejectsStationarity(0.05));
    }

    [Fact]
    public void TrendStationarySeriesPassesTheTrendTestButNotTheLevelTest()
    {
        var noise = SimulatedSeries.WhiteNoise(300, 6);
        var y = noise.Select((e, t) => 0.05 * t + e).ToArray();
        Assert.False(KpssTest.Compute(y, trend: true).RejectsStationarity(0.05));
        Assert.True(KpssTest.Compute(y, trend: false).RejectsStationarity(0.05));
    }

    [Fact]
    public void StatisticMatchesAHandComputation()
    {
        double[] y = [2.0, 3.5, 1.0, 4.0, 3.0, 2.5];
        double mean = y.Average();
        var e = y.Select(v => v - mean).ToArray();
        double s = 0, sumS2 = 0;
        foreach (var v in e) { s += v; sumS2 += s * s; }
        int n = y.Length;
        double gamma0 = e.Sum(v => v * v) / n;
        double gamma1 = e.Skip(1).Zip(e, (a, b) => a * b).Sum() / n;
        double lrv1 = gamma0 + 2 * (1 - 1 / 2.0) * gamma1; // Bartlett weight 1 − s/(l+1), l = 1

        Assert.True(KpssTest.TryCompute(y, false, 0, out var lag0, out _));
        Assert.True(KpssTest.TryCompute(y, false, 1, out var lag1, out _));
        Assert.Equal(sumS2 / (n * n * gamma0), lag0.Statistic, 12);
        Assert.Equal(sumS2 / (n * n * lrv1), lag1.Statistic, 12);
    }

    [Theory]
    [InlineData(0.30, false, 0.10)]
    [InlineData(0.463, false, 0.05)]
    [InlineData(0.5185, false, 0.0375)]
    [InlineData(0.90, false, 0.01)]
    [InlineData(0.146, true, 0.05)]
    [InlineData(0.196, true, 0.0175)]
    public void PValueInterpolatesTheKwiatkowskiTable(double statistic, bool trend, double expected) =>
        Assert.Equal(expected, KpssTest.PValue(statistic, trend), 10);

    [Theory]
    [InlineData(new double[0])]
    [InlineData(new[] { 3.0 })]
    [InlineData(new[] { 2.0, 2, 2, 2, 2, 2 })]
    [InlineData(new[] { 1.0, double.NaN, 3, 4, 5, 6 })]
    public void BadInputGivesAReason(double[] y)
    {
        Assert.False(KpssTest.TryCompute(y, false, KpssLagRule.Short, out var result, out var reason));
        Assert.Null(result);
        Assert.NotEmpty(reason);
    }
}
