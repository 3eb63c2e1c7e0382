using ActorCluster.Analytics.Forecasting.Arima;
using ActorCluster.Analytics.Tests.Stationarity;

namespace ActorCluster.Analytics.Tests.Forecasting.Arima;

public class SarimaForecastTests
{
    [Fact]
    public void AirlineForecastFollowsTheSeasonalPattern()
    {
        var y = ReferenceSeries.LogAirline();
        var forecast = Sarima.Fit(y, SarimaOrder.Airline(12)).Forecast(12);
        var passengers = forecast.Mean.Select(Math.Exp).ToArray();

        Assert.Equal(12, forecast.Horizon);
        Assert.All(passengers, p => Assert.InRange(p, 350, 800));
        // 1961: July/August peak above the 1960 peak (622), November the trough of the second half.
        Assert.True(passengers[6] > 622 && passengers[7] > 622);
        Assert.True(passengers[10] < passengers[9] && passengers[10] < passengers[11]);
        // R's arima(log(AirPassengers), c(0,1,1), seasonal = c(0,1,1)) gives 450.4 for 1961-01 and 670.0 for 1961-07.
        Assert.Equal(450.4, passengers[0], 1.0);
        Assert.Equal(670.0, passengers[6], 1.5);
        for (int h = 0; h < 12; h++)
        {
            Assert.True(forecast.Lower95[h] < forecast.Lower80[h] && forecast.Lower80[h] < forecast.Mean[h]);
            Assert.True(forecast.Mean[h] < forecast.Upper80[h] && forecast.Upper80[h] < forecast.Upper95[h]);
            if (h > 0) Assert.True(forecast.Upper95[h] - forecast.Mean[h] > forecast.Upper95[h - 1] - forecast.Mean[h - 1]);
        }
        // One step ahead the forecast error is the innovation: sd = σ.
        Assert.Equal(0.0367167, (forecast.Upper95[0] - forecast.Mean[0]) / 1.959963984540054, 4);
    }

    [Fact]
    public void RandomWalkIntervalsGrowWithTheSquareRootOfTheHorizon()
    {
        var y = SimulatedSeries.RandomWalk(200, 21);
        var model = Sarima.Fit(y, SarimaOrder.NonSeasonal(0, 1, 0, constant: false));
        var f = model.Forecast(9);
        double sigma = Math.Sqrt(model.Coefficients.Sigma2);
        for (int h = 1; h <= 9; h++)
        {
            Assert.Equal(y[^1], f.Mean[h - 1], 12);
            Assert.Equal(sigma * Math.Sqrt(h), (f.Upper95[h - 1] - f.Mean[h - 1]) / 1.959963984540054, 10);
        }
    }

    [Fact]
    public void Ar1ForecastDecaysToTheMeanWithTheClosedFormVariance()
    {
        var e = SimulatedSeries.WhiteNoise(300, 22);
        var y = new double[300];
        y[0] = 10;
        for (int t = 1; t < y.Length; t++) y[t] = 10 + 0.6 * (y[t - 1] - 10) + e[t];
        var model = Sarima.Fit(y, SarimaOrder.NonSeasonal(1, 0, 0, constant: true));
        double phi = model.Coefficients.Ar[0], mu = model.Coefficients.Mean, s2 = model.Coefficients.Sigma2;
        Assert.Equal(0.6, phi, 0.1);
        var f = model.Forecast(5);
        for (int h = 1; h <= 5; h++)
        {
            Assert.Equal(mu + Math.Pow(phi, h) * (y[^1] - mu), f.Mean[h - 1], 9);
            double sd = Math.Sqrt(s2 * (1 - Math.Pow(phi, 2 * h)) / (1 - phi * phi));
            Assert.Equal(sd, (f.Upper80[h - 1] - f.Mean[h - 1]) / 1.2815515655446004, 9);
        }
    }

    [Fact]
    public void HorizonBelowOneThrows()
    {
        var model = Sarima.Fit(ReferenceSeries.LogAirline(), SarimaOrder.Airline(12));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Forecast(0));
    }
}
