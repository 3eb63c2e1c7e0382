using ActorCluster.Analytics.Forecasting.Arima;
using ActorCluster.Analytics.Tests.Stationarity;

namespace ActorCluster.Analytics.Tests.Forecasting.Arima;

/// <summary>Promotion flag and log price as regressors with ARIMA(0,1,1) errors.</summary>
public class RegressionWithArimaErrorsTests
{
    private static (double[] Y, double[][] X) Simulate(int n)
    {
        var e = SimulatedSeries.WhiteNoise(n + 1, 41);
        var rnd = new Random(42);
        var promo = Enumerable.Range(0, n).Select(_ => rnd.NextDouble() < 0.15 ? 1.0 : 0.0).ToArray();
        var logPrice = Enumerable.Range(0, n).Select(t => Math.Log(10 + (t / 60 % 2 == 0 ? 0 : 1.5))).ToArray();
        var y = new double[n];
        double level = 50;
        for (int t = 0; t < n; t++)
        {
            level += e[t + 1] - 0.5 * e[t]; // ARIMA(0,1,1), θ = −0.5
            y[t] = level + 8 * promo[t] - 20 * logPrice[t];
        }
        return (y, [promo, logPrice]);
    }

    [Fact]
    public void RecoversTheRegressionCoefficients()
    {
        var (y, x) = Simulate(500);
        Assert.True(Sarima.TryFit(y, SarimaOrder.NonSeasonal(0, 1, 1, false), x, out var model, out var reason), reason);
        Assert.Equal(8, model.Coefficients.Exogenous[0], 0.5);
        Assert.Equal(-20, model.Coefficients.Exogenous[1], 4.0);
        Assert.Equal(-0.5, model.Coefficients.Ma[0], 0.1);
        Assert.Contains("2 regressors", model.Name);
    }

    [Fact]
    public void FuturePromotionsShiftTheForecastByBeta()
    {
        var (y, x) = Simulate(400);
        Assert.True(Sarima.TryFit(y, SarimaOrder.NonSeasonal(0, 1, 1, false), x, out var model, out _));
        double price = x[1][^1];
        var none = model.Forecast(3, [[0, 0, 0], [price, price, price]]);
        var promo = model.Forecast(3, [[0, 1, 0], [price, price, price]]);
        Assert.Equal(model.Coefficients.Exogenous[0], promo.Mean[1] - none.Mean[1], 10);
        Assert.Equal(none.Mean[0], promo.Mean[0], 10);
    }

    [Fact]
    public void RestoreWithRegressorsReproducesTheForecast()
    {
        var (y, x) = Simulate(300);
        Assert.True(Sarima.TryFit(y, SarimaOrder.NonSeasonal(0, 1, 1, false), x, out var model, out _));
        Assert.True(Sarima.TryRestore(model.Parameters, y, x, out var restored, out _));
        double[][] future = [[1, 0], [x[1][^1], x[1][^1]]];
        Assert.Equal(model.Forecast(2, future).Mean, restored.Forecast(2, future).Mean);
    }

    [Fact]
    public void AutoSelectionAcceptsRegressors()
    {
        var (y, x) = Simulate(365);
        Assert.True(AutoSarima.TryFit(y, 7, x, null, out var model, out var reason), reason);
        Assert.Equal(2, model.ExogenousCount);
        Assert.Equal(8, model.Coefficients.Exogenous[0], 1.0);
    }
}
