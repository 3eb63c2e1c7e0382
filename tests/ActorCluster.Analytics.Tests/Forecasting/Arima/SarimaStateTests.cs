using ActorCluster.Analytics.Forecasting.Arima;

namespace ActorCluster.Analytics.Tests.Forecasting.Arima;

/// <summary>Update, Parameters and Restore: the grain's persistence round trip.</summary>
public class SarimaStateTests
{
    [Fact]
    public void RestoreFromParametersReproducesTheForecastExactly()
    {
        var y = ReferenceSeries.LogAirline();
        var model = Sarima.Fit(y, SarimaOrder.Airline(12));

        var restored = Sarima.Restore(model.Parameters, y);

        Assert.Equal(model.Name, restored.Name);
        Assert.Equal(model.Parameters, restored.Parameters);
        Assert.Equal(model.Count, restored.Count);
        Assert.Equal(model.LogLikelihood, restored.LogLikelihood);
        var a = model.Forecast(24);
        var b = restored.Forecast(24);
        Assert.Equal(a.Mean, b.Mean);
        Assert.Equal(a.Lower95, b.Lower95);
        Assert.Equal(a.Upper80, b.Upper80);
    }

    [Fact]
    public void UpdatesMatchRestoringOnTheLongerSeries()
    {
        var y = ReferenceSeries.LogAirline();
        var model = Sarima.Fit(y.AsSpan(0, 120), SarimaOrder.Airline(12));
        foreach (var v in y[120..]) model.Update(v);

        var restored = Sarima.Restore(model.Parameters, y);

        Assert.Equal(144, model.Count);
        Assert.Equal(restored.Forecast(12).Mean, model.Forecast(12).Mean);
        Assert.Equal(restored.Forecast(12).Upper95, model.Forecast(12).Upper95);
    }

    [Fact]
    public void NonFiniteUpdatesAreSkipped()
    {
        var y = ReferenceSeries.LogAirline();
        var model = Sarima.Fit(y, SarimaOrder.Airline(12));
        var before = model.Forecast(3).Mean;
        model.Update(double.NaN);
        model.Update(double.PositiveInfinity);
        Assert.Equal(144, model.Count);
        Assert.Equal(before, model.Forecast(3).Mean);
    }

    [Fact]
    public void ParametersHaveTheDocumentedLayout()
    {
        var model = Sarima.Fit(ReferenceSeries.Load("wpi1.csv"), SarimaOrder.NonSeasonal(1, 1, 1, constant: true));
        var p = model.Parameters;
        Assert.Equal([1.0, 1, 1, 1, 0, 0, 0, 1, 1, 0], p[..10]);
        Assert.Equal(model.Coefficients.Ar[0], p[10]);
        Assert.Equal(model.Coefficients.Ma[0], p[11]);
        Assert.Equal(model.Coefficients.Mean, p[12]);
        Assert.Equal(model.Coefficients.Sigma2, p[13]);
        Assert.Equal(14, p.Length);
    }

    [Theory]
    [InlineData(new double[0])]
    [InlineData(new[] { 2.0, 0, 1, 1, 0, 1, 1, 12, 0, 0, -0.4, -0.5, 0, 0.001 })]
    [InlineData(new[] { 1.0, 0, 1, 1, 0, 1, 1, 12, 0, 0, -0.4, 0, 0.001 })]
    [InlineData(new[] { 1.0, 0, 1, 1, 0, 1, 1, 12, 0, 0, -0.4, -0.5, 0, double.NaN })]
    [InlineData(new[] { 1.0, 0, 1, 1, 0, 1, 1, 12, 0, 0, -0.4, -0.5, 0, -1 })]
    [InlineData(new[] { 1.0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 1.5, 0, 1 })]
    public void MalformedParametersGiveAReason(double[] parameters)
    {
        Assert.False(Sarima.TryRestore(parameters, ReferenceSeries.LogAirline(), null, out var model, out var reason));
        Assert.Null(model);
        Assert.NotEmpty(reason);
    }

    [Fact]
    public void RefitFromThePreviousModelReachesTheSameOptimum()
    {
        var y = ReferenceSeries.LogAirline();
        var old = Sarima.Fit(y.AsSpan(0, 120), SarimaOrder.Airline(12));

        Assert.True(Sarima.TryRefit(y, old, null, out var refit, out var reason), reason);

        var cold = Sarima.Fit(y, SarimaOrder.Airline(12));
        Assert.Equal(cold.LogLikelihood, refit.LogLikelihood, 1e-4);
        Assert.Equal(cold.Coefficients.Ma[0], refit.Coefficients.Ma[0], 1e-3);
    }
}
