using ActorCluster.Analytics.Forecasting.Baseline;
using ActorCluster.Analytics.Forecasting.Theta;

namespace ActorCluster.Analytics.Tests.Forecasting.Baseline;

public class SeasonallyAdjustedSesTests
{
    private static double[] Seasonal()
    {
        var rng = new Random(8);
        double[] pattern = [0.8, 1.3, 0.9];
        return Enumerable.Range(0, 60).Select(t => (40 + 3 * rng.NextDouble()) * pattern[t % 3]).ToArray();
    }

    [Fact]
    public void IsSesOfTheAdjustedSeriesReseasonalised()
    {
        var y = Seasonal();
        Assert.True(SeasonallyAdjustedSes.TryFit(y, 3, out var model, out var reason), reason);
        var season = SeasonalAdjustment.Estimate(y, 3);
        Assert.True(season.IsSeasonal);
        var fit = SimpleExponentialSmoothing.Fit(y.Select((v, t) => v / season.Index(t)).ToArray());
        Assert.Equal(fit.Alpha, model.Alpha, 12);
        var f = model.Forecast(4);
        for (int j = 0; j < 4; j++) Assert.Equal(fit.Level * season.Index(60 + j), f.Mean[j], 9);
    }

    [Fact]
    public void RestoreIsExactAndUpdateDoesNotAllocate()
    {
        Assert.True(SeasonallyAdjustedSes.TryFit(Seasonal(), 3, out var model, out _));
        Assert.True(SeasonallyAdjustedSes.TryRestore(model.Parameters, out var copy, out _));
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 300; i++) { model.Update(40 + i % 3); copy.Update(40 + i % 3); }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(model.Forecast(6).Lower95, copy.Forecast(6).Lower95);
    }

    [Theory]
    [InlineData(new double[0], "empty")]
    [InlineData(new[] { 1.0 }, "at least 3")]
    [InlineData(new[] { 1.0, double.NaN, 2.0 }, "not finite")]
    public void BadInputGivesAReason(double[] y, string expected)
    {
        Assert.False(SeasonallyAdjustedSes.TryFit(y, 3, out _, out var reason));
        Assert.Contains(expected, reason);
    }
}
