using ActorCluster.Analytics.Forecasting.Auto;

namespace ActorCluster.Analytics.Tests.Forecasting.Auto;

public class AutoForecasterInputTests
{
    private readonly AutoForecaster _fast = new();

    [Fact]
    public void AnEmptySeriesGetsAReason()
    {
        var result = _fast.Select([], 7, 7);
        Assert.False(result.Success);
        Assert.Contains("empty", result.Reason, StringComparison.Ordinal);
        Assert.Null(result.Forecast(7));
    }

    [Fact]
    public void TooLittleHistorySaysHowMuchIsNeeded()
    {
        var result = _fast.Select(SyntheticSeries.Seasonal(9), 7, 7);
        Assert.False(result.Success);
        Assert.Equal("need at least 14 periods, got 9", result.Reason);

        var stricter = new AutoForecaster(new ForecastPolicy { MinimumObservations = 60 }).Select(SyntheticSeries.Seasonal(59), 7, 7);
        Assert.Equal("need at least 60 periods, got 59", stricter.Reason);
    }

    [Fact]
    public void TheShortestAcceptedSeriesGetsAModel()
    {
        var result = _fast.Select(SyntheticSeries.Seasonal(14), 7, 7);
        Assert.True(result.Success, result.Reason);
        Assert.All(result.Forecast(7)!.Mean, v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void MoreValidationOriginsThanTheSeriesHoldsAreCutDown()
    {
        var result = new AutoForecaster(ForecastPolicy.Accurate with { ValidationOrigins = 100 }).Select(SyntheticSeries.Seasonal(20), 7, 7);
        Assert.True(result.Success, result.Reason);
        Assert.Equal(10, result.ValidationOrigins);
        Assert.Equal(1, result.ValidationHorizon);
    }

    [Theory]
    [InlineData(0, 7, "season length")]
    [InlineData(7, 0, "horizon")]
    [InlineData(-1, 7, "season length")]
    public void ABadSeasonLengthOrHorizonGetsAReason(int m, int h, string expected)
    {
        var result = _fast.Select(SyntheticSeries.Seasonal(100), m, h);
        Assert.False(result.Success);
        Assert.Contains(expected, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AllNaNGetsAReason()
    {
        var result = _fast.Select(Enumerable.Repeat(double.NaN, 50).ToArray(), 7, 7);
        Assert.False(result.Success);
        Assert.Equal("the series has no finite value", result.Reason);
    }

    [Fact]
    public void AFewMissingValuesAreInterpolated()
    {
        var y = SyntheticSeries.Seasonal(140);
        (y[0], y[50], y[51], y[100], y[139]) = (double.NaN, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.NaN);
        var result = _fast.Select(y, 7, 7);

        Assert.True(result.Success, result.Reason);
        Assert.Equal(139, result.Observations); // the leading NaN is dropped
        Assert.Equal(4, result.ImputedValues);
        Assert.All(result.Forecast(7)!.Mean, v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void TooManyMissingValuesOrARefusingPolicyGiveAReason()
    {
        var y = SyntheticSeries.Seasonal(100);
        for (int i = 0; i < 30; i++) y[3 * i] = double.NaN;
        Assert.Contains("missing", _fast.Select(y, 7, 7).Reason, StringComparison.Ordinal);

        var one = SyntheticSeries.Seasonal(100);
        one[42] = double.PositiveInfinity;
        var refused = new AutoForecaster(new ForecastPolicy { MissingValues = MissingValueHandling.Refuse }).Select(one, 7, 7);
        Assert.False(refused.Success);
        Assert.Contains("value 42", refused.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(12.5)]
    public void AConstantSeriesIsForecastAsThatConstant(double value)
    {
        var result = _fast.Select(Enumerable.Repeat(value, 60).ToArray(), 7, 10);
        Assert.True(result.Success, result.Reason);
        Assert.Equal(ModelFamily.Naive, result.Family);
        Assert.All(result.Forecast(10)!.Mean, v => Assert.Equal(value, v));
        Assert.Contains("constant", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidPolicyIsRejectedAtConstruction()
    {
        Assert.Throws<ArgumentException>(() => new AutoForecaster(new ForecastPolicy { ValidationOrigins = 0 }));
        Assert.Throws<ArgumentException>(() => new AutoForecaster(new ForecastPolicy { CombinationSize = 1 }));
        Assert.Throws<ArgumentException>(() => new AutoForecaster(new ForecastPolicy { MaxMissingFraction = 1 }));
        Assert.Null(ForecastPolicy.Fast.Validate());
        Assert.Null(ForecastPolicy.Accurate.Validate());
    }

    [Fact]
    public void NegativeValuesAreForecastWithoutFlooring()
    {
        var y = SyntheticSeries.Seasonal(140).Select(v => v - 120).ToArray();
        var result = _fast.Select(y, 7, 7);
        Assert.True(result.Success, result.Reason);
        Assert.False(result.NonNegative);
        Assert.Contains(result.Forecast(7)!.Mean, v => v < 0);
    }
}
