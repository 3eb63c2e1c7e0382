using ActorCluster.Analytics.Forecasting.Intermittent;

namespace ActorCluster.Analytics.Tests.Forecasting.Intermittent;

public class CrostonModelTests
{
    // Demands 2, 6, 1 at periods 2, 5, 7: z₀ = 3, intervals 2, 3, 2 so p₀ = 7/3.
    private static readonly double[] Series = [0, 2, 0, 0, 6, 0, 1];

    [Fact]
    public void FollowsCrostonsRecursionByHand()
    {
        // α_z = 0.2, α_p = 0.5. Period 2: z = 3 + 0.2(2 − 3) = 2.8, p = 7/3 + 0.5(2 − 7/3) = 13/6.
        // Period 5: z = 2.8 + 0.2·3.2 = 3.44, p = 13/6 + 0.5(3 − 13/6) = 31/12.
        // Period 7: z = 3.44 + 0.2(1 − 3.44) = 2.952, p = 31/12 + 0.5(2 − 31/12) = 55/24.
        Assert.True(CrostonModel.TryFit(Series, CrostonVariant.Classic, 0.2, 0.5, out var model, out var reason), reason);
        Assert.Equal(2.952, model.Size, 12);
        Assert.Equal(55.0 / 24, model.Interval, 12);
        Assert.Equal(2.952 * 24 / 55, model.Forecast(3).Mean[2], 12);

        // One-step forecasts: 9/7 for periods 1–2, 2.8/(13/6) for 3–5, 3.44/(31/12) for 6–7.
        double f1 = 9.0 / 7, f2 = 2.8 * 6 / 13, f3 = 3.44 * 12 / 31;
        double sse = f1 * f1 + (2 - f1) * (2 - f1) + 2 * f2 * f2 + (6 - f2) * (6 - f2) + f3 * f3 + (1 - f3) * (1 - f3);
        Assert.Equal(sse / 7, model.MeanSquaredError, 12);
    }

    [Fact]
    public void SbaScalesByOneMinusHalfTheIntervalConstant()
    {
        Assert.True(CrostonModel.TryFit(Series, CrostonVariant.Sba, 0.2, 0.5, out var model, out _));
        Assert.Equal("Croston-SBA", model.Name);
        Assert.Equal(0.75 * 2.952 * 24 / 55, model.Rate, 12);
    }

    [Fact]
    public void GridFitIsNoWorseThanAnyGridPoint()
    {
        var rng = new Random(9);
        var y = Enumerable.Range(0, 365).Select(_ => rng.NextDouble() < 0.25 ? rng.Next(1, 8) : 0.0).ToArray();
        Assert.True(CrostonModel.TryFit(y, CrostonVariant.Sba, out var best, out _));
        foreach (var a in new[] { 0.05, 0.1, 0.3 })
        {
            Assert.True(CrostonModel.TryFit(y, CrostonVariant.Sba, a, a, out var other, out _));
            Assert.True(best.MeanSquaredError <= other.MeanSquaredError + 1e-12);
        }
    }

    [Fact]
    public void UpdateIsAllocationFreeAndRestoreIsExact()
    {
        Assert.True(CrostonModel.TryFit(Series, CrostonVariant.Sba, out var model, out _));
        Assert.True(CrostonModel.TryRestore(model.Parameters, out var copy, out var reason), reason);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) { model.Update(i % 4 == 0 ? 3 : 0); copy.Update(i % 4 == 0 ? 3 : 0); }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(model.Forecast(2).Upper95, copy.Forecast(2).Upper95);
        Assert.InRange(model.Interval, 3.9, 4.1);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Update(-1));
    }

    [Fact]
    public void IntervalsAreZeroWhenDemandIsRare()
    {
        var y = new double[150];
        y[9] = 5; y[99] = 5; y[149] = 5;
        Assert.True(CrostonModel.TryFit(y, CrostonVariant.Classic, 0.1, 0.1, out var model, out _));
        var f = model.Forecast(1);
        // p: 50 → 46 → 50.4 → 50.36, occurrence ≈ 2% < 2.5%: every central interval is [0, 0], the mean stays positive.
        Assert.True(f.Mean[0] > 0);
        Assert.Equal([0, 0, 0, 0], new[] { f.Lower80[0], f.Upper80[0], f.Lower95[0], f.Upper95[0] });
    }

    [Theory]
    [InlineData(new double[0], "empty")]
    [InlineData(new[] { 0.0, 0.0, 0.0 }, "all zeros")]
    [InlineData(new[] { 0.0 }, "all zeros")]
    [InlineData(new[] { 1.0, double.NaN }, "not finite")]
    [InlineData(new[] { 1.0, double.PositiveInfinity }, "not finite")]
    [InlineData(new[] { 1.0, -2.0 }, "negative")]
    public void BadInputGivesAReason(double[] y, string expected)
    {
        Assert.False(CrostonModel.TryFit(y, CrostonVariant.Sba, out _, out var reason));
        Assert.Contains(expected, reason);
        Assert.False(CrostonModel.TryFit([1, 0, 2], CrostonVariant.Sba, 0, 0.1, out _, out var r2));
        Assert.Contains("(0, 1]", r2);
    }

    [Fact]
    public void OnePointOfDemandFits()
    {
        Assert.True(CrostonModel.TryFit([4.0], CrostonVariant.Classic, out var model, out _));
        Assert.Equal(4, model.Rate, 12);
    }
}
