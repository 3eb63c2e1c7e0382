using ActorCluster.Analytics.Forecasting.Intermittent;

namespace ActorCluster.Analytics.Tests.Forecasting.Intermittent;

public class DemandClassificationTests
{
    [Theory]
    [InlineData(1.31, 0.48, DemandClass.Smooth)]
    [InlineData(1.32, 0.48, DemandClass.Intermittent)]
    [InlineData(1.31, 0.49, DemandClass.Erratic)]
    [InlineData(1.32, 0.49, DemandClass.Lumpy)]
    [InlineData(1.0, 0.0, DemandClass.Smooth)]
    [InlineData(5.0, 2.0, DemandClass.Lumpy)]
    public void CutsAtTheSyntetosBoylanThresholds(double adi, double cv2, DemandClass expected) =>
        Assert.Equal(expected, DemandClassification.Classify(adi, cv2));

    [Fact]
    public void ComputesAdiAndCv2ByHand()
    {
        // Demands 2, 6, 1 at periods 2, 5, 7: ADI = 7/3; sizes mean 3, sample variance 7, CV² = 7/9.
        Assert.True(DemandClassification.TryClassify([0, 2, 0, 0, 6, 0, 1], out var c, out _));
        Assert.Equal(7.0 / 3, c.Adi, 12);
        Assert.Equal(7.0 / 9, c.Cv2, 12);
        Assert.Equal(3, c.Demands);
        Assert.Equal(DemandClass.Lumpy, c.Class);
    }

    [Fact]
    public void StableDemandEveryOtherPeriodIsIntermittent()
    {
        Assert.True(DemandClassification.TryClassify([0, 4, 0, 5, 0, 4, 0, 5], out var c, out _));
        Assert.Equal(2, c.Adi, 12);
        Assert.Equal(DemandClass.Intermittent, c.Class);
    }

    [Theory]
    [InlineData(new double[0], "empty")]
    [InlineData(new[] { 0.0, 0.0, 0.0 }, "all zeros")]
    [InlineData(new[] { 1.0, double.NaN }, "not finite")]
    [InlineData(new[] { 1.0, -1.0 }, "negative")]
    public void BadInputGivesAReason(double[] y, string expected)
    {
        Assert.False(DemandClassification.TryClassify(y, out _, out var reason));
        Assert.Contains(expected, reason);
        Assert.False(IntermittentModelSelector.TrySelect(y, out _, out var r2));
        Assert.Contains(expected, r2);
    }
}
