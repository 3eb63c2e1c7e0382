using ActorCluster.Analytics.Stationarity;
using ActorCluster.Analytics.Tests.Forecasting.Arima;

namespace ActorCluster.Analytics.Tests.Stationarity;

public class DifferencingOrderTests
{
    [Fact]
    public void WhiteNoiseNeedsNoDifference() =>
        Assert.Equal(0, DifferencingOrder.NonSeasonal(SimulatedSeries.WhiteNoise(400, 11)));

    [Fact]
    public void RandomWalkNeedsOneDifference() =>
        Assert.Equal(1, DifferencingOrder.NonSeasonal(SimulatedSeries.RandomWalk(400, 12)));

    [Fact]
    public void IntegratedRandomWalkNeedsTwoDifferences()
    {
        var y = SimulatedSeries.RandomWalk(400, 13);
        for (int i = 1; i < y.Length; i++) y[i] += y[i - 1];
        Assert.Equal(2, DifferencingOrder.NonSeasonal(y));
    }

    [Fact]
    public void AirlinePassengersNeedOneSeasonalDifference()
    {
        // auto.arima chooses D = 1 (and then d = 1) for log AirPassengers.
        var y = ReferenceSeries.LogAirline();
        Assert.Equal(1, DifferencingOrder.Seasonal(y, 12));
        var seasonal = y.Skip(12).Select((v, t) => v - y[t]).ToArray();
        Assert.Equal(1, DifferencingOrder.NonSeasonal(seasonal));
    }

    [Fact]
    public void SeasonalStrengthSeparatesAStrongCycleFromNoise()
    {
        var noise = SimulatedSeries.WhiteNoise(364, 14);
        var cycle = noise.Select((e, t) => 5 * Math.Sin(2 * Math.PI * t / 7) + 0.5 * e).ToArray();
        Assert.True(SeasonalStrength.Compute(cycle, 7) > 0.9);
        Assert.True(SeasonalStrength.Compute(noise, 7) < 0.3);
        Assert.Equal(0, DifferencingOrder.Seasonal(noise, 7));
    }

    [Fact]
    public void UnusableInputGivesNoDifference()
    {
        Assert.Equal(0, DifferencingOrder.NonSeasonal([]));
        Assert.Equal(0, DifferencingOrder.NonSeasonal([double.NaN, 1, 2, 3, 4]));
        Assert.Equal(0, DifferencingOrder.Seasonal([1.0, 2, 3], 12));
        Assert.True(double.IsNaN(SeasonalStrength.Compute([1.0, 2, 3], 1)));
        Assert.True(double.IsNaN(SeasonalStrength.Compute(Enumerable.Repeat(4.0, 40).ToArray(), 7)));
    }
}
