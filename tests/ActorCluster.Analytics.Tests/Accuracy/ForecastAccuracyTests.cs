using ActorCluster.Analytics.Accuracy;

namespace ActorCluster.Analytics.Tests.Accuracy;

public class ForecastAccuracyTests
{
    // Errors e = y − ŷ = −1, 0, 1, −2.
    private static readonly double[] Actual = [1, 2, 3, 4];
    private static readonly double[] Predicted = [2, 2, 2, 6];

    [Fact]
    public void MatchesHandComputedValues()
    {
        Assert.Equal(1.0, ForecastAccuracy.Mae(Actual, Predicted), 14);
        Assert.Equal(Math.Sqrt(6.0 / 4), ForecastAccuracy.Rmse(Actual, Predicted), 14);
        // MAPE: 100/4·(1/1 + 0 + 1/3 + 2/4).
        Assert.Equal(25 * (1 + 1.0 / 3 + 0.5), ForecastAccuracy.Mape(Actual, Predicted), 12);
        // sMAPE: 200/4·(1/3 + 0 + 1/5 + 2/10).
        Assert.Equal(50 * (1.0 / 3 + 0.2 + 0.2), ForecastAccuracy.Smape(Actual, Predicted), 12);
    }

    [Fact]
    public void MaseScalesByTheInSampleSeasonalNaiveMae()
    {
        double[] insample = [1, 3, 2, 4, 3];
        // m = 1: |2|,|−1|,|2|,|−1| → 1.5; m = 2: |1|,|1|,|1| → 1.
        Assert.Equal(1.5, ForecastAccuracy.SeasonalNaiveScale(insample, 1), 14);
        Assert.Equal(1 / 1.5, ForecastAccuracy.Mase(insample, Actual, Predicted, 1), 14);
        Assert.Equal(1.0, ForecastAccuracy.Mase(insample, Actual, Predicted, 2), 14);
    }

    [Fact]
    public void EdgeCasesAreNaNOrDefined()
    {
        Assert.True(double.IsNaN(ForecastAccuracy.Mae([], [])));
        Assert.True(double.IsNaN(ForecastAccuracy.Smape([], [])));
        Assert.True(double.IsNaN(ForecastAccuracy.Mape([0, 0], [1, 2])));
        Assert.Equal(0, ForecastAccuracy.Smape([0, 0], [0, 0]));
        Assert.Equal(200, ForecastAccuracy.Smape([0], [5]));
        Assert.True(double.IsNaN(ForecastAccuracy.Mase([1, 2], Actual, Predicted, 2)));
        Assert.True(double.IsNaN(ForecastAccuracy.Mase([3, 3, 3], Actual, Predicted, 1)));
        Assert.True(double.IsNaN(ForecastAccuracy.Mae([double.NaN], [1])));
        Assert.Throws<ArgumentException>(() => ForecastAccuracy.Mae([1, 2], [1]));
        Assert.Equal(AccuracySummary.Empty, ForecastAccuracy.Summarise([], [], 1));
    }

    [Fact]
    public void SummaryAgreesWithTheSingleMeasures()
    {
        var s = ForecastAccuracy.Summarise(Actual, Predicted, 2.0);
        Assert.Equal(4, s.Count);
        Assert.Equal(0.5, s.Mase, 14);
        Assert.Equal(ForecastAccuracy.Smape(Actual, Predicted), s.Smape);
        Assert.True(double.IsNaN(ForecastAccuracy.Summarise(Actual, Predicted, double.NaN).Mase));
    }
}
