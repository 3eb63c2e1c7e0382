using ActorCluster.Analytics.Forecasting;
using ActorCluster.Analytics.Forecasting.Baseline;
using ActorCluster.Analytics.Forecasting.Theta;

namespace ActorCluster.Analytics.Tests.Forecasting.Baseline;

public class MedianCombinationTests
{
    private sealed class Fixed(string name, double mean, double halfWidth) : IForecastModel
    {
        public string Name => name;
        public double[] Parameters => [mean, halfWidth];
        public int Count { get; private set; }
        public void Update(double y) => Count++;
        public ActorCluster.Analytics.Forecasting.Forecast Forecast(int horizon) => ActorCluster.Analytics.Forecasting.Forecast.FromGaussian(name, Enumerable.Repeat(mean, horizon).ToArray(), Enumerable.Repeat(halfWidth, horizon).ToArray());
    }

    [Fact]
    public void TakesTheMedianOfMeansAndOfEachBound()
    {
        var combo = new MedianCombination([new Fixed("a", 1, 10), new Fixed("b", 5, 1), new Fixed("c", 100, 2)]);
        var f = combo.Forecast(2);
        Assert.Equal("Median(a,b,c)", f.Model);
        Assert.Equal(5, f.Mean[1]);
        // Lower95: 1 − 19.6, 5 − 1.96, 100 − 3.92 → median 5 − 1.96. Upper95: 20.6, 6.96, 103.92 → 20.6.
        Assert.Equal(5 - 1.959963984540054, f.Lower95[0], 12);
        Assert.Equal(1 + 10 * 1.959963984540054, f.Upper95[0], 12);
        Assert.True(f.Lower95[0] <= f.Mean[0] && f.Mean[0] <= f.Upper95[0]);
    }

    [Fact]
    public void AveragesTheMiddlePairForAnEvenCount()
    {
        var combo = new MedianCombination([new Fixed("a", 1, 0), new Fixed("b", 3, 0), new Fixed("c", 10, 0), new Fixed("d", 2, 0)]);
        Assert.Equal(2.5, combo.Forecast(1).Mean[0]);
    }

    [Fact]
    public void UpdateReachesEveryComponent()
    {
        var a = new Fixed("a", 1, 0);
        var b = new Fixed("b", 1, 0);
        var combo = new MedianCombination([a, b]);
        combo.Update(3);
        combo.Update(4);
        Assert.Equal(2, a.Count);
        Assert.Equal(2, combo.Count);
        Assert.Equal([1, 2, 2, 1, 0, 2, 1, 0], combo.Parameters);
        Assert.Throws<ArgumentException>(() => new MedianCombination([]));
    }

    [Fact]
    public void CombinesRealModels()
    {
        var y = Enumerable.Range(0, 120).Select(t => 50 + 10 * Math.Sin(2 * Math.PI * t / 12) + (t % 5)).ToArray();
        Assert.True(SeasonalNaiveModel.TryFit(y, 12, out var s, out _));
        Assert.True(Naive2Model.TryFit(y, 12, out var n2, out _));
        Assert.True(ThetaModel.TryFit(y, 12, out var th, out _));
        var f = new MedianCombination([s, n2, th]).Forecast(24);
        for (int j = 0; j < 24; j++)
        {
            Assert.True(f.Lower95[j] <= f.Lower80[j] && f.Lower80[j] <= f.Mean[j] && f.Mean[j] <= f.Upper80[j] && f.Upper80[j] <= f.Upper95[j]);
        }
    }
}
