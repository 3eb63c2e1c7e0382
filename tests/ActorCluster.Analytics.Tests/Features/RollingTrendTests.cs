using ActorCluster.Analytics.Features;

namespace ActorCluster.Analytics.Tests.Features;

public class RollingTrendTests
{
    [Fact]
    public void An_exact_line_gives_its_slope_and_level()
    {
        var trend = new RollingTrend(10);
        for (int i = 0; i < 35; i++) trend.Push(3 + 2 * i);
        Assert.Equal(2.0, trend.Slope, 10);
        Assert.Equal(3 + 2 * 34.0, trend.Level, 8);
        Assert.Equal(3 + 2 * 29.5, trend.Mean, 10);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(60, 2)]
    [InlineData(60, 3)]
    public void Slope_matches_naive_least_squares(int length, int seed)
    {
        var rng = new Random(seed);
        var x = Naive.Series(rng, 800, level: 100, spread: 40, missing: 0.08);
        var trend = new RollingTrend(length);
        for (int t = 0; t < x.Length; t++)
        {
            trend.Push(x[t]);
            Naive.AssertClose(Naive.Slope(x, t, length), trend.Slope, $"t={t}", 1e-7, 1e-7);
            Naive.AssertClose(Naive.Mean(Naive.Window(x, t, length)), trend.Mean, $"mean t={t}", 1e-9);
        }
    }
}
