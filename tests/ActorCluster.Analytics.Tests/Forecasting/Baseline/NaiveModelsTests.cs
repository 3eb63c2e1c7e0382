using ActorCluster.Analytics.Forecasting.Baseline;

namespace ActorCluster.Analytics.Tests.Forecasting.Baseline;

public class NaiveModelsTests
{
    private static readonly double[] Series = [3, 5, 4, 6, 8, 7, 9, 8];

    [Fact]
    public void NaiveRepeatsTheLastValueWithRandomWalkIntervals()
    {
        Assert.True(NaiveModel.TryFit(Series, out var model, out _));
        var f = model.Forecast(4);
        Assert.All(f.Mean, v => Assert.Equal(8, v));
        // Changes 2,-1,2,2,-1,2,-1: mean square 19/7.
        double sigma = Math.Sqrt(19.0 / 7);
        Assert.Equal(8 + 1.2815515655446004 * sigma * 2, f.Upper80[3], 12);
        Assert.Equal(8, model.Count);
    }

    [Fact]
    public void SeasonalNaiveRepeatsTheLastSeason()
    {
        Assert.True(SeasonalNaiveModel.TryFit(Series, 3, out var model, out _));
        var f = model.Forecast(7);
        Assert.Equal([7, 9, 8, 7, 9, 8, 7], f.Mean);
        model.Update(10);
        Assert.Equal([9, 8, 10, 9], model.Forecast(4).Mean);
        // Seasonal differences 3,3,3,3,0 then 10−7 = 3: sd of step 4 is σ·√2.
        double sigma = Math.Sqrt(45 / 6.0);
        var g = model.Forecast(4);
        Assert.Equal(9 + 1.959963984540054 * sigma * Math.Sqrt(2), g.Upper95[3], 12);
    }

    [Fact]
    public void Naive2EqualsNaiveWithoutSeasonality()
    {
        Assert.True(Naive2Model.TryFit(Series, 4, out var n2, out _));
        Assert.True(NaiveModel.TryFit(Series, out var n1, out _));
        Assert.False(n2.Season.IsSeasonal);
        Assert.Equal(n1.Forecast(5).Upper95, n2.Forecast(5).Upper95);
    }

    [Fact]
    public void Naive2ReseasonalisesTheAdjustedLastValue()
    {
        double[] pattern = [0.6, 1.4, 1.0, 1.0];
        var y = Enumerable.Range(0, 40).Select(t => (20 + 0.01 * t) * pattern[t % 4]).ToArray();
        Assert.True(Naive2Model.TryFit(y, 4, out var model, out _));
        Assert.True(model.Season.IsSeasonal);
        var f = model.Forecast(4);
        double adjustedLast = y[^1] / model.Season.Index(39);
        for (int j = 0; j < 4; j++) Assert.Equal(adjustedLast * model.Season.Index(40 + j), f.Mean[j], 12);
    }

    [Fact]
    public void ParametersRoundTripAndUpdatesDoNotAllocate()
    {
        Assert.True(SeasonalNaiveModel.TryFit(Series, 3, out var s, out _));
        Assert.True(Naive2Model.TryFit(Series, 3, out var n2, out _));
        Assert.True(NaiveModel.TryFit(Series, out var n, out _));
        Assert.True(SeasonalNaiveModel.TryRestore(s.Parameters, out var s2, out _));
        Assert.True(Naive2Model.TryRestore(n2.Parameters, out var n22, out _));
        Assert.True(NaiveModel.TryRestore(n.Parameters, out var nn, out _));
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) { s.Update(i); s2.Update(i); n2.Update(i); n22.Update(i); n.Update(i); nn.Update(i); }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(s.Forecast(5).Upper80, s2.Forecast(5).Upper80);
        Assert.Equal(n2.Forecast(5).Upper80, n22.Forecast(5).Upper80);
        Assert.Equal(n.Forecast(5).Upper80, nn.Forecast(5).Upper80);
    }

    [Theory]
    [InlineData(new double[0], "empty")]
    [InlineData(new[] { 4.0 }, "at least 2")]
    [InlineData(new[] { 1.0, double.NaN, 3.0 }, "not finite")]
    [InlineData(new[] { 1.0, double.PositiveInfinity }, "not finite")]
    public void BadInputGivesAReason(double[] y, string expected)
    {
        Assert.False(NaiveModel.TryFit(y, out _, out var r1));
        Assert.Contains(expected, r1);
        Assert.False(Naive2Model.TryFit(y, 1, out _, out var r2));
        Assert.Contains(expected, r2);
        Assert.False(SeasonalNaiveModel.TryFit(y, 1, out _, out var r3));
        Assert.Contains(expected, r3);
    }

    [Fact]
    public void AllZerosGiveFlatZeroForecasts()
    {
        var zeros = new double[50];
        Assert.True(Naive2Model.TryFit(zeros, 7, out var model, out _));
        var f = model.Forecast(3);
        Assert.All(f.Mean.Concat(f.Lower95).Concat(f.Upper95), v => Assert.Equal(0, v));
    }

    [Fact]
    public void RestoreRejectsForeignVectors()
    {
        Assert.False(NaiveModel.TryRestore([2, 1, 1, 1, 1], out _, out var r));
        Assert.Contains("layout", r);
        Assert.False(SeasonalNaiveModel.TryRestore([1, 3, 0, 0, 0, 0, 1], out _, out _));
        Assert.False(Naive2Model.TryRestore([1, 2, 0, 0, 0, 0, 1, -1], out _, out _));
    }
}
