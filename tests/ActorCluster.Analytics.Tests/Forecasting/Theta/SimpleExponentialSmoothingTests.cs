using ActorCluster.Analytics.Forecasting.Theta;

namespace ActorCluster.Analytics.Tests.Forecasting.Theta;

public class SimpleExponentialSmoothingTests
{
    [Fact]
    public void FilterFollowsTheRecursion()
    {
        // ℓ: 0 → 0.5 → 1.25 → 2.125; errors 1, 1.5, 1.75.
        var fit = SimpleExponentialSmoothing.Filter([1, 2, 3], 0.5, 0);
        Assert.Equal(2.125, fit.Level, 14);
        Assert.Equal(1 + 2.25 + 3.0625, fit.Sse, 14);
    }

    [Fact]
    public void MatchesRsesOnOilData()
    {
        // R forecast::ses(oildata) (statsmodels fixture in shared/data/reference/ets): α 0.891956, ℓ₀ 447.4836,
        // MSE 631.11837, forecast 496.494474.
        var oil = File.ReadLines(SharedData.PathOf("reference/ets/oildata_1996_2007.csv")).Skip(1)
            .Select(l => double.Parse(l.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var fit = SimpleExponentialSmoothing.Fit(oil);
        Assert.Equal(0.891956, fit.Alpha, 0.002);
        Assert.Equal(447.4836, fit.InitialLevel, 0.2);
        Assert.Equal(496.4945, fit.Level, 0.05);
        Assert.True(fit.Sse / oil.Length <= 631.11838, $"MSE {fit.Sse / oil.Length}");
    }

    [Fact]
    public void FitIsALocalMinimumOverAlphaAndInitialLevel()
    {
        var rng = new Random(11);
        double level = 100;
        var y = Enumerable.Range(0, 200).Select(_ => level += rng.NextDouble() - 0.5 + 2 * (rng.NextDouble() - 0.5)).ToArray();
        var fit = SimpleExponentialSmoothing.Fit(y);
        foreach (var (da, dl) in new[] { (1e-3, 0.0), (-1e-3, 0.0), (0.0, 0.05), (0.0, -0.05) })
        {
            double a = Math.Clamp(fit.Alpha + da, SimpleExponentialSmoothing.MinAlpha, SimpleExponentialSmoothing.MaxAlpha);
            Assert.True(SimpleExponentialSmoothing.Filter(y, a, fit.InitialLevel + dl).Sse >= fit.Sse - 1e-9);
        }
    }

    [Fact]
    public void ConstantSeriesFitsExactly()
    {
        var fit = SimpleExponentialSmoothing.Fit(Enumerable.Repeat(7.0, 30).ToArray());
        Assert.Equal(7, fit.Level, 12);
        Assert.Equal(0, fit.Sse, 12);
        Assert.Throws<ArgumentException>(() => SimpleExponentialSmoothing.Fit([]));
    }
}
