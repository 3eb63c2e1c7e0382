using ActorCluster.Analytics.Stationarity;

namespace ActorCluster.Analytics.Tests.Stationarity;

public class AdfTestTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomWalkKeepsTheUnitRoot(int seed)
    {
        var result = AdfTest.Compute(SimulatedSeries.RandomWalk(500, seed));
        Assert.False(result.RejectsUnitRoot(0.05));
        Assert.True(result.Statistic > result.Critical5);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void WhiteNoiseRejectsTheUnitRoot(int seed)
    {
        var result = AdfTest.Compute(SimulatedSeries.WhiteNoise(500, seed));
        Assert.True(result.RejectsUnitRoot(0.01));
        Assert.True(result.Statistic < result.Critical1);
    }

    [Fact]
    public void DickeyFullerStatisticMatchesAHandComputation()
    {
        // Lag 0 with a constant is the simple regression Δyₜ = a + γyₜ₋₁: γ̂ = Sxy/Sxx, se² = s²/Sxx, s² = SSR/(n−2).
        double[] y = [1.0, 1.6, 1.1, 2.3, 2.0, 2.9, 2.2, 3.1, 3.8, 3.0, 3.6, 4.4];
        var x = y[..^1];
        var dy = y.Skip(1).Zip(y, (b, a) => b - a).ToArray();
        double mx = x.Average(), my = dy.Average();
        double sxx = x.Sum(v => (v - mx) * (v - mx)), sxy = x.Zip(dy, (a, b) => (a - mx) * (b - my)).Sum();
        double gamma = sxy / sxx, intercept = my - gamma * mx;
        double ssr = x.Zip(dy, (a, b) => Math.Pow(b - intercept - gamma * a, 2)).Sum();
        double expected = gamma / Math.Sqrt(ssr / (x.Length - 2) / sxx);

        var result = AdfTest.Compute(y, AdfRegression.Constant, lags: 0);

        Assert.Equal(expected, result.Statistic, 10);
        Assert.Equal(11, result.Observations);
    }

    [Fact]
    public void CriticalValuesAndPValuesAgree()
    {
        // MacKinnon (2010) asymptotic 5% value with a constant is −2.86154; MacKinnon (1994)'s p-value there is ≈ 0.05.
        var cv = AdfTest.Compute(SimulatedSeries.WhiteNoise(100_000, 9), AdfRegression.Constant, lags: 0);
        Assert.Equal(-2.86154, cv.Critical5, 3);
        Assert.Equal(-3.43035, cv.Critical1, 3);
        Assert.Equal(0.05, MacKinnonPValue(-2.86154, AdfRegression.Constant), 2);
        Assert.Equal(0.01, MacKinnonPValue(-3.43035, AdfRegression.Constant), 2);
        Assert.Equal(0.05, MacKinnonPValue(-3.41049, AdfRegression.ConstantTrend), 2);
        Assert.Equal(0.05, MacKinnonPValue(-1.94100, AdfRegression.None), 2);
    }

    [Fact]
    public void AutomaticLagSelectionStaysWithinSchwertBound()
    {
        var result = AdfTest.Compute(SimulatedSeries.RandomWalk(200, 4));
        Assert.InRange(result.Lags, 0, (int)(12 * Math.Pow(2, 0.25)));
    }

    [Theory]
    [InlineData(new double[0])]
    [InlineData(new[] { 1.0 })]
    [InlineData(new[] { 5.0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5 })]
    [InlineData(new[] { 1.0, 2, double.NaN, 4, 5, 6, 7, 8, 9, 10, 11, 12 })]
    [InlineData(new[] { 1.0, 2, 3, double.PositiveInfinity, 5, 6, 7, 8, 9, 10, 11, 12 })]
    public void BadInputGivesAReason(double[] y)
    {
        Assert.False(AdfTest.TryCompute(y, AdfRegression.Constant, null, out var result, out var reason));
        Assert.Null(result);
        Assert.NotEmpty(reason);
    }

    private static double MacKinnonPValue(double tau, AdfRegression regression) =>
        MacKinnonDistribution.PValue(tau, regression);
}
