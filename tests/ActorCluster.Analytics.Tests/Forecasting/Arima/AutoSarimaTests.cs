using ActorCluster.Analytics.Forecasting.Arima;
using ActorCluster.Analytics.Tests.Stationarity;

namespace ActorCluster.Analytics.Tests.Forecasting.Arima;

public class AutoSarimaTests
{
    [Fact]
    public void LogAirlineSelectsTheAirlineModel()
    {
        var model = AutoSarima.Fit(ReferenceSeries.LogAirline(), 12);
        Assert.Equal(SarimaOrder.Airline(12), model.Order);
        Assert.Equal(244.69651, model.LogLikelihood, 0.5);
    }

    [Fact]
    public void CandidateModeAlsoFindsTheAirlineModel()
    {
        var options = AutoSarimaOptions.Default with { Search = AutoSarimaSearch.Candidates };
        Assert.True(AutoSarima.TryFit(ReferenceSeries.LogAirline(), 12, null, options, out var model, out _));
        Assert.Equal(SarimaOrder.Airline(12), model.Order);
    }

    [Fact]
    public void WhiteNoiseGetsAMeanOnly()
    {
        var y = SimulatedSeries.WhiteNoise(300, 31).Select(e => 50 + e).ToArray();
        var model = AutoSarima.Fit(y, 1);
        Assert.Equal(0, model.Order.Diff);
        Assert.True(model.Order.Constant);
        Assert.Equal(50, model.Coefficients.Mean, 0.3);
    }

    [Fact]
    public void RandomWalkIsDifferencedOnce()
    {
        var model = AutoSarima.Fit(SimulatedSeries.RandomWalk(300, 32), 1);
        Assert.Equal(1, model.Order.Diff);
    }

    [Fact]
    public void WeeklyPatternInDailySalesIsModelled()
    {
        var noise = SimulatedSeries.WhiteNoise(365, 33);
        var y = noise.Select((e, t) => 100 + 12 * Math.Sin(2 * Math.PI * t / 7) + 3 * e).ToArray();
        var model = AutoSarima.Fit(y, 7);
        Assert.True(model.Order.SeasonalDiff == 1 || model.Order.SeasonalAr + model.Order.SeasonalMa > 0);
        var f = model.Forecast(14);
        for (int h = 0; h < 7; h++) Assert.Equal(f.Mean[h], f.Mean[h + 7], 3.0);
    }
}
