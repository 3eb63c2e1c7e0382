using ActorCluster.Analytics.Forecasting.Arima;

namespace ActorCluster.Analytics.Tests.Forecasting.Arima;

public class SarimaBadInputTests
{
    public static TheoryData<double[]> BadSeries() => new()
    {
        Array.Empty<double>(),
        new[] { 4.0 },
        Enumerable.Repeat(7.0, 60).ToArray(),
        Enumerable.Range(0, 60).Select(i => i == 30 ? double.NaN : i % 7).ToArray(),
        Enumerable.Range(0, 60).Select(i => i == 3 ? double.NegativeInfinity : i % 7).ToArray(),
        new[] { 1.0, 2, 3, 4, 5 },
    };

    [Theory]
    [MemberData(nameof(BadSeries))]
    public void FitGivesAReasonInsteadOfThrowing(double[] y)
    {
        Assert.False(Sarima.TryFit(y, SarimaOrder.Airline(12), out var model, out var reason));
        Assert.Null(model);
        Assert.NotEmpty(reason);
    }

    [Theory]
    [MemberData(nameof(BadSeries))]
    public void AutoGivesAReasonInsteadOfThrowing(double[] y)
    {
        if (y.Length == 5) return; // five distinct points are enough for a non-seasonal automatic fit
        Assert.False(AutoSarima.TryFit(y, 7, out var model, out var reason));
        Assert.Null(model);
        Assert.NotEmpty(reason);
    }

    [Fact]
    public void InvalidOrdersGiveAReason()
    {
        var y = ReferenceSeries.LogAirline();
        Assert.False(Sarima.TryFit(y, new SarimaOrder(0, 2, 1, 0, 0, 0, 1, true), out _, out var constantReason));
        Assert.Contains("constant", constantReason);
        Assert.False(Sarima.TryFit(y, new SarimaOrder(-1, 0, 0, 0, 0, 0, 1, false), out _, out _));
        Assert.False(Sarima.TryFit(y, new SarimaOrder(0, 0, 0, 1, 0, 0, 1, false), out _, out _));
        Assert.False(Sarima.TryFit(y, new SarimaOrder(0, 0, 0, 1, 0, 0, 500, false), out _, out var sizeReason));
        Assert.Contains("400", sizeReason);
    }

    [Fact]
    public void TooShortForTheOrderSaysHowManyAreNeeded()
    {
        Assert.False(Sarima.TryFit(ReferenceSeries.LogAirline()[..15], SarimaOrder.Airline(12), out _, out var reason));
        Assert.Contains("too few", reason);
    }

    [Fact]
    public void ThrowingEntryPointsSayWhy()
    {
        var ex = Assert.Throws<ArgumentException>(() => Sarima.Fit([], SarimaOrder.Airline(12)));
        Assert.Contains("empty", ex.Message);
    }
}
