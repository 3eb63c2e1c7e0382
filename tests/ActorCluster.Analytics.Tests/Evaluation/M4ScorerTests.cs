using ActorCluster.Analytics.Evaluation;

namespace ActorCluster.Analytics.Tests.Evaluation;

public class M4ScorerTests
{
    [Fact]
    public void AveragesOverAllPointsAndComputesOwaOnTheTotals()
    {
        var scorer = new M4Scorer(1);
        // Series A: scale 1; Naive2 errors 1, 2; X errors 0, 1. Series B: scale 3; Naive2 error 3, X error 0.
        scorer.Add("Naive2", [1, 2, 3, 4], [5, 6], [4, 4]);
        scorer.Add("X", [1, 2, 3, 4], [5, 6], [5, 5]);
        scorer.Add("Naive2", [10, 8, 12], [9], [12]);
        scorer.Add("X", [10, 8, 12], [9], [9]);

        double smapeNaive2 = (200.0 / 9 + 200.0 * 2 / 10 + 200.0 * 3 / 21) / 3, maseNaive2 = 4.0 / 3;
        double smapeX = 200.0 / 11 / 3, maseX = 1.0 / 3;
        var x = scorer.Score("X");
        Assert.Equal(2, x.Series);
        Assert.Equal(3, x.Points);
        Assert.Equal(smapeX, x.Smape, 12);
        Assert.Equal(maseX, x.Mase, 12);
        Assert.Equal(0.5 * (smapeX / smapeNaive2 + maseX / maseNaive2), x.Owa, 12);
        Assert.Equal(1.0, scorer.Score("Naive2").Owa, 14);
        Assert.Equal(["Naive2", "X"], scorer.Scores().Select(s => s.Method));
    }

    [Fact]
    public void OwaIsNaNWithoutTheReferenceAndInputIsChecked()
    {
        var scorer = new M4Scorer(2);
        scorer.Add("X", [1, 2, 3], [1], [1]);
        Assert.True(double.IsNaN(scorer.Score("X").Owa));
        Assert.Throws<ArgumentException>(() => scorer.Add("X", [1, 2], [1], [1]));
        Assert.Throws<ArgumentException>(() => scorer.Add("X", [1, 2, 3], [1, 2], [1]));
        Assert.Throws<KeyNotFoundException>(() => scorer.Score("Y"));
    }
}
