using ActorCluster.Analytics.Forecasting.Intermittent;

namespace ActorCluster.Analytics.Tests.Forecasting.Intermittent;

public class TsbModelTests
{
    private static readonly double[] Series = [0, 2, 0, 0, 6, 0, 1];

    [Fact]
    public void FollowsTheTsbRecursionByHand()
    {
        // α = 0.2, β = 0.5, d₀ = 3/7, z₀ = 3. d: 3/14, 17/28, 17/56, 17/112, 129/224, 129/448, 577/896.
        // z as Croston's sizes: 2.8, 3.44, 2.952.
        Assert.True(TsbModel.TryFit(Series, 0.2, 0.5, out var model, out var reason), reason);
        Assert.Equal(577.0 / 896, model.Probability, 12);
        Assert.Equal(2.952, model.Size, 12);
        Assert.Equal(577.0 / 896 * 2.952, model.Forecast(4).Mean[3], 12);
    }

    [Fact]
    public void DecaysTowardsZeroWithoutDemand()
    {
        Assert.True(TsbModel.TryFit(Series, 0.2, 0.5, out var model, out _));
        double before = model.Rate;
        model.Update(0);
        Assert.Equal(before / 2, model.Rate, 12);
        for (int i = 0; i < 60; i++) model.Update(0);
        Assert.True(model.Rate < 1e-15);
    }

    [Fact]
    public void GridFitBeatsAFixedChoiceAndRestoreIsExact()
    {
        var rng = new Random(4);
        var y = Enumerable.Range(0, 365).Select(t => rng.NextDouble() < (t < 200 ? 0.4 : 0.1) ? rng.Next(1, 5) : 0.0).ToArray();
        Assert.True(TsbModel.TryFit(y, out var best, out _));
        Assert.True(TsbModel.TryFit(y, 0.1, 0.1, out var fixedOne, out _));
        Assert.True(best.MeanSquaredError <= fixedOne.MeanSquaredError);
        Assert.True(TsbModel.TryRestore(best.Parameters, out var copy, out _));
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) { best.Update(i % 3); copy.Update(i % 3); }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(best.Forecast(3).Lower80, copy.Forecast(3).Lower80);
    }

    [Fact]
    public void IntervalsFollowTheBernoulliNormalMixture()
    {
        // Demand every period with constant size: occurrence → 1, size variance → 0, interval collapses on the size.
        var y = Enumerable.Repeat(5.0, 200).ToArray();
        Assert.True(TsbModel.TryFit(y, 0.1, 0.1, out var model, out _));
        var f = model.Forecast(1);
        Assert.Equal(5, f.Mean[0], 9);
        Assert.Equal(5, f.Lower95[0], 9);
        Assert.Equal(5, f.Upper95[0], 9);
    }

    [Theory]
    [InlineData(new double[0], "empty")]
    [InlineData(new[] { 0.0, 0.0 }, "all zeros")]
    [InlineData(new[] { double.NaN }, "not finite")]
    [InlineData(new[] { 3.0, -1.0 }, "negative")]
    public void BadInputGivesAReason(double[] y, string expected)
    {
        Assert.False(TsbModel.TryFit(y, out _, out var reason));
        Assert.Contains(expected, reason);
    }
}
