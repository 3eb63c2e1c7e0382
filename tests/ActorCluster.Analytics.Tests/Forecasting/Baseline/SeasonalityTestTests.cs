using ActorCluster.Analytics.Forecasting.Baseline;

namespace ActorCluster.Analytics.Tests.Forecasting.Baseline;

public class SeasonalityTestTests
{
    private static double[] Sine(int n, int period, double noise, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(t => 100 + 20 * Math.Sin(2 * Math.PI * t / period) + noise * rng.NextDouble()).ToArray();
    }

    [Fact]
    public void DailyCycleInHourlyDataIsSeasonal() => Assert.True(SeasonalityTest.IsSeasonal(Sine(24 * 10, 24, 5, 1), 24));

    [Fact]
    public void WhiteNoiseIsNotSeasonal()
    {
        var rng = new Random(7);
        var y = Enumerable.Range(0, 500).Select(_ => rng.NextDouble()).ToArray();
        Assert.False(SeasonalityTest.IsSeasonal(y, 24));
    }

    [Fact]
    public void FewerThanThreeSeasonsIsNotSeasonal()
    {
        var y = Sine(3 * 24 - 1, 24, 0, 1);
        Assert.False(SeasonalityTest.IsSeasonal(y, 24));
        // At exactly three seasons the test runs, but Bartlett's limit for a pure sinusoid (large r₁…r₂₃) is
        // still above r₂₄ ≈ 2/3; at five seasons r₂₄ ≈ 0.8 clears it.
        Assert.False(SeasonalityTest.IsSeasonal(Sine(3 * 24, 24, 0, 1), 24));
        Assert.True(SeasonalityTest.IsSeasonal(Sine(5 * 24, 24, 0, 1), 24));
    }

    [Fact]
    public void DegenerateInputIsNotSeasonal()
    {
        Assert.False(SeasonalityTest.IsSeasonal(new double[100], 7));
        Assert.False(SeasonalityTest.IsSeasonal([], 7));
        Assert.False(SeasonalityTest.IsSeasonal(Sine(100, 7, 0, 1), 1));
        var y = Sine(100, 7, 0, 1);
        y[50] = double.NaN;
        Assert.False(SeasonalityTest.IsSeasonal(y, 7));
    }
}
