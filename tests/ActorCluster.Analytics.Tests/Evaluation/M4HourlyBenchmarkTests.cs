using ActorCluster.Analytics.Evaluation;
using ActorCluster.Analytics.Forecasting;
using ActorCluster.Analytics.Forecasting.Baseline;
using ActorCluster.Analytics.Forecasting.Theta;

namespace ActorCluster.Analytics.Tests.Evaluation;

/// <summary>
/// Reproduces the M4 organisers' published Hourly scores (shared/data/SOURCES.md, "Evaluation and Ranks") for the
/// statistical benchmarks, which validates the readers, the seasonal adjustment and the scorer together.
/// </summary>
public class M4HourlyBenchmarkTests
{
    private const int Horizon = 48, Period = 24;
    private static readonly Lazy<M4Scorer> Scored = new(Score);

    [Theory]
    [InlineData("Naive", 43.003, 11.608, 3.593)]
    [InlineData("sNaive", 13.912, 1.193, 0.627)]
    [InlineData("Naive2", 18.383, 2.395, 1.000)]
    [InlineData("SES", 18.094, 2.385, 0.990)]
    [InlineData("Theta", 18.138, 2.455, 1.006)]
    public void MatchesThePublishedScoresWithinOnePercent(string method, double smape, double mase, double owa)
    {
        var score = Scored.Value.Score(method);
        Assert.Equal(414, score.Series);
        Assert.InRange(score.Smape, smape * 0.99, smape * 1.01);
        Assert.InRange(score.Mase, mase * 0.99, mase * 1.01);
        Assert.InRange(score.Owa, owa * 0.99, owa * 1.01);
    }

    private static M4Scorer Score()
    {
        var data = M4Reader.ReadTrainTest(SharedData.PathOf("m4-hourly/Hourly-train.csv"), SharedData.PathOf("m4-hourly/Hourly-test.csv"));
        var scorer = new M4Scorer(Period);
        foreach (var s in data)
        {
            Assert.True(NaiveModel.TryFit(s.Train, out var naive, out _));
            Assert.True(SeasonalNaiveModel.TryFit(s.Train, Period, out var sNaive, out _));
            Assert.True(Naive2Model.TryFit(s.Train, Period, out var naive2, out _));
            Assert.True(SeasonallyAdjustedSes.TryFit(s.Train, Period, out var ses, out _));
            Assert.True(ThetaModel.TryFit(s.Train, Period, out var theta, out _));
            foreach (IForecastModel model in new IForecastModel[] { naive, sNaive, naive2, ses, theta })
                scorer.Add(model.Name, s.Train, s.Test, model.Forecast(Horizon).Mean);
        }
        return scorer;
    }
}
