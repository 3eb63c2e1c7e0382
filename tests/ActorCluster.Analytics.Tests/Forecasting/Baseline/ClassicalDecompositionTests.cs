using ActorCluster.Analytics.Forecasting.Baseline;

namespace ActorCluster.Analytics.Tests.Forecasting.Baseline;

public class ClassicalDecompositionTests
{
    [Theory]
    [InlineData(new[] { 0.8, 1.2, 1.1, 0.9 })]
    [InlineData(new[] { 0.5, 1.0, 1.5 })]
    public void RecoversThePatternOfALevelTimesPattern(double[] pattern)
    {
        // A constant level times a pattern that averages 1: the centred moving average is the level exactly.
        int m = pattern.Length;
        var y = Enumerable.Range(0, 10 * m + 1).Select(t => 50 * pattern[t % m]).ToArray();
        Assert.True(ClassicalDecomposition.TryMultiplicativeIndices(y, m, out var idx, out var reason), reason);
        for (int k = 0; k < m; k++) Assert.Equal(pattern[k], idx[k], 12);
    }

    [Fact]
    public void IndicesAverageOne()
    {
        var rng = new Random(3);
        var y = Enumerable.Range(0, 200).Select(t => 10 + 0.05 * t + 3 * Math.Cos(t * Math.PI / 6) + rng.NextDouble()).ToArray();
        Assert.True(ClassicalDecomposition.TryMultiplicativeIndices(y, 12, out var idx, out _));
        Assert.Equal(1.0, idx.Average(), 12);
    }

    [Fact]
    public void RejectsShortOrNonPositiveOrNonFinite()
    {
        Assert.False(ClassicalDecomposition.TryMultiplicativeIndices(new double[7], 4, out _, out var r1));
        Assert.Contains("fewer than two periods", r1);
        Assert.False(ClassicalDecomposition.TryMultiplicativeIndices(new double[40], 4, out _, out var r2));
        Assert.Contains("not positive", r2);
        var y = Enumerable.Repeat(1.0, 40).ToArray();
        y[3] = double.PositiveInfinity;
        Assert.False(ClassicalDecomposition.TryMultiplicativeIndices(y, 4, out _, out var r3));
        Assert.Contains("non-finite", r3);
    }

    [Fact]
    public void SeasonalAdjustmentFallsBackToNoneWhenNotSeasonal()
    {
        var rng = new Random(5);
        var noise = Enumerable.Range(0, 300).Select(_ => 10 + rng.NextDouble()).ToArray();
        Assert.False(SeasonalAdjustment.Estimate(noise, 24).IsSeasonal);
        Assert.Equal(1.0, SeasonalAdjustment.Estimate(noise, 24).Index(17));
    }
}
