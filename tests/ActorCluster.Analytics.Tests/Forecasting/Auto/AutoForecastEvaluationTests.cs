using ActorCluster.Analytics.Evaluation;
using ActorCluster.Analytics.Forecasting.Auto;
using ActorCluster.Analytics.Forecasting.Baseline;

namespace ActorCluster.Analytics.Tests.Forecasting.Auto;

public class AutoForecastEvaluationTests
{
    // A hand-made M4-layout pair, period 4, horizon 4: a repeating pattern with small noise, a trend, a series with
    // too little history to be modelled (refused: Naive2 stands in) and one too short to be scored at all.
    private const string Train = """
        "V1","V2","V3","V4","V5","V6","V7","V8","V9","V10","V11","V12","V13","V14","V15","V16","V17"
        "S1",10,20,30,40,12,21,29,41,10,20,30,40,11,19,31,40
        "S2",5,7,9,11,13,15,17,19,21,23,25,27,29,31,33,35,37
        "S3",4,6,5,7,6,8
        "S4",3,4,5
        """;

    private const string Test = """
        "V1","V2","V3","V4","V5"
        "S1",10,20,30,40
        "S2",39,41,43,45
        "S3",7,9,8,10
        "S4",6,7,8,9
        """;

    [Fact]
    public void ScoresAutoBesideTheBenchmarksOnTheSameSeries()
    {
        var series = Pair();
        var report = new AutoForecastEvaluation(new ForecastPolicy { MinimumObservations = 8 }, 4, 4, parallelism: 2).Run(series);

        Assert.Equal(["Naive2", "sNaive", "Theta", EvaluationReport.AutoMethod], report.Scores.Select(s => s.Method));
        Assert.Equal(3, report.ScoredSeries);
        Assert.All(report.Scores, s => Assert.Equal(3, s.Series));
        Assert.All(report.Scores, s => Assert.Equal(12, s.Points));
        Assert.Equal(1.0, report.Scores[0].Owa, 12);

        // The scorer sees exactly what an independent M4Scorer sees for the sNaive benchmark.
        var expected = new M4Scorer(4);
        foreach (var s in series.Take(3))
        {
            Assert.True(Naive2Model.TryFit(s.Train, 4, out var naive2, out _));
            Assert.True(SeasonalNaiveModel.TryFit(s.Train, 4, out var sNaive, out _));
            expected.Add("Naive2", s.Train, s.Test, naive2.Forecast(4).Mean);
            expected.Add("sNaive", s.Train, s.Test, sNaive.Forecast(4).Mean);
        }
        Assert.Equal(expected.Score("sNaive"), report.Scores[1]);

        var byId = report.Series.ToDictionary(s => s.Id);
        double[] pattern = [10, 20, 30, 40];
        Assert.All(byId["S1"].Forecast.Zip(pattern), x => Assert.InRange(x.First, x.Second - 3, x.Second + 3));
        Assert.Equal("refused", byId["S3"].Choice);
        Assert.StartsWith("need at least 8 periods", byId["S3"].Model, StringComparison.Ordinal);
        Assert.False(byId["S4"].Scored);
        Assert.Equal(4, report.Choices.Values.Sum());
        Assert.Equal(2, report.Choices["refused"]);
        Assert.True(report.MedianMilliseconds >= 0 && report.TotalMilliseconds >= report.MedianMilliseconds);
        Assert.True(double.IsFinite(report.Rmsse[EvaluationReport.AutoMethod]));
    }

    private static List<M4TrainTest> Pair()
    {
        var test = M4Reader.Read(new StringReader(Test)).ToDictionary(s => s.Id, s => s.Values);
        return M4Reader.Read(new StringReader(Train)).Select(s => new M4TrainTest(s.Id, s.Values, test[s.Id])).ToList();
    }
}
