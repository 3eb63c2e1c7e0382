using ActorCluster.Analytics.Forecasting.Theta;

namespace ActorCluster.Analytics.Tests.Forecasting.Theta;

public class ThetaModelTests
{
    private static double[] Trending(int n, int seed, double slope = 0.5)
    {
        var rng = new Random(seed);
        return Enumerable.Range(1, n).Select(t => 50 + slope * t + 4 * (rng.NextDouble() - 0.5)).ToArray();
    }

    [Fact]
    public void IsSesWithDriftHalfTheSlope()
    {
        // Hyndman & Billah (2003): Theta = SES on y plus drift b/2, with ŷₙ(h) = ℓₙ + (b/2)[h − 1 + (1 − (1−α)ⁿ)/α + (1−α)ⁿ]
        // when ℓ₀(y) = (ℓ₀(Z) + a)/2 (their closed form differs only in the (1−α)ⁿ initial-state term).
        var y = Trending(60, 1);
        Assert.True(ThetaModel.TryFit(y, 1, out var theta, out var reason), reason);
        var p = theta.Parameters;
        double alpha = theta.Alpha, a = theta.Trend.Intercept, b = theta.Trend.Slope, n = y.Length, betaN = Math.Pow(1 - alpha, n);
        var ses = SimpleExponentialSmoothing.Filter(y, alpha, (p[9] + a) / 2);
        var f = theta.Forecast(12);
        for (int h = 1; h <= 12; h++)
        {
            double expected = ses.Level + b / 2 * (h - 1 + (1 - betaN) / alpha + betaN);
            Assert.Equal(expected, f.Mean[h - 1], 9);
        }
        Assert.Equal(b / 2, f.Mean[5] - f.Mean[4], 12);
        Assert.Equal(theta.Drift, b / 2);
    }

    [Fact]
    public void IntervalsWidenAsTheSesVariance()
    {
        Assert.True(ThetaModel.TryFit(Trending(80, 2), 1, out var theta, out _));
        var f = theta.Forecast(10);
        double w1 = f.Upper95[0] - f.Mean[0];
        for (int j = 0; j < 10; j++)
            Assert.Equal(Math.Sqrt(1 + j * theta.Alpha * theta.Alpha), (f.Upper95[j] - f.Mean[j]) / w1, 12);
        Assert.Equal(1.959963984540054 * theta.Sigma, w1, 12);
    }

    [Fact]
    public void SeasonalForecastIsTheAdjustedForecastTimesTheIndex()
    {
        var rng = new Random(3);
        double[] pattern = [0.7, 0.9, 1.3, 1.1];
        var y = Enumerable.Range(0, 80).Select(t => (30 + 0.2 * t + rng.NextDouble()) * pattern[t % 4]).ToArray();
        Assert.True(ThetaModel.TryFit(y, 4, out var theta, out _));
        Assert.True(theta.Season.IsSeasonal);
        var adjusted = y.Select((v, t) => v / theta.Season.Index(t)).ToArray();
        Assert.True(ThetaModel.TryFit(adjusted, 1, out var plain, out _));
        var f = theta.Forecast(8);
        var g = plain.Forecast(8);
        for (int j = 0; j < 8; j++)
        {
            double s = theta.Season.Index(80 + j);
            Assert.Equal(g.Mean[j] * s, f.Mean[j], 9);
            Assert.Equal(g.Upper80[j] * s, f.Upper80[j], 9);
        }
    }

    [Fact]
    public void UpdateIsAllocationFreeAndRestoreIsExact()
    {
        Assert.True(ThetaModel.TryFit(Trending(100, 4), 7, out var theta, out _));
        Assert.True(ThetaModel.TryRestore(theta.Parameters, out var copy, out var reason), reason);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 500; i++) { theta.Update(100 + i % 7); copy.Update(100 + i % 7); }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(600, copy.Count);
        Assert.Equal(theta.Forecast(14).Upper95, copy.Forecast(14).Upper95);
    }

    [Fact]
    public void NonNegativeDataGetNonNegativeForecasts()
    {
        var y = Trending(40, 5, slope: -1.2);
        Assert.True(ThetaModel.TryFit(y, 1, out var theta, out _));
        var f = theta.Forecast(60);
        Assert.All(f.Mean.Concat(f.Lower80).Concat(f.Lower95), v => Assert.True(v >= 0));
        Assert.Equal(0, f.Mean[^1]);
    }

    [Theory]
    [InlineData(new double[0], "empty")]
    [InlineData(new[] { 4.0 }, "at least 3")]
    [InlineData(new[] { 1.0, 2.0, double.NaN, 3.0 }, "not finite")]
    [InlineData(new[] { 1.0, 2.0, double.NegativeInfinity }, "not finite")]
    public void BadInputGivesAReason(double[] y, string expected)
    {
        Assert.False(ThetaModel.TryFit(y, 24, out _, out var reason));
        Assert.Contains(expected, reason);
        Assert.False(ThetaModel.TryRestore([1, 2, 3], out _, out _));
    }

    [Fact]
    public void AllZerosForecastZero()
    {
        Assert.True(ThetaModel.TryFit(new double[100], 24, out var theta, out _));
        var f = theta.Forecast(5);
        Assert.All(f.Mean.Concat(f.Upper95), v => Assert.Equal(0, v));
    }
}
