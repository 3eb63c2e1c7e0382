using ActorCluster.Analytics.Evaluation;
using ActorCluster.Analytics.Forecasting.Intermittent;

namespace ActorCluster.Analytics.Tests.Forecasting.Intermittent;

public class IntermittentModelSelectorTests
{
    [Fact]
    public void SmoothDemandSignalsAContinuousModel()
    {
        var rng = new Random(1);
        var y = Enumerable.Range(0, 200).Select(_ => 20.0 + rng.Next(0, 5)).ToArray();
        Assert.True(IntermittentModelSelector.TrySelect(y, out var s, out _));
        Assert.Equal(DemandClass.Smooth, s.Classification.Class);
        Assert.True(s.UseContinuousModel);
        Assert.Null(s.Model);
        Assert.Contains("continuous", s.Note);
    }

    [Fact]
    public void IntermittentDemandGetsCrostonSbaOrTsb()
    {
        var rng = new Random(2);
        var y = Enumerable.Range(0, 365).Select(_ => rng.NextDouble() < 0.2 ? rng.Next(1, 4) : 0.0).ToArray();
        Assert.True(IntermittentModelSelector.TrySelect(y, out var s, out var reason), reason);
        Assert.False(s.UseContinuousModel);
        Assert.Contains(s.Model!.Name, new[] { "Croston-SBA", "TSB" });
        Assert.True(s.Classification.Adi >= DemandClassification.AdiThreshold);
    }

    [Fact]
    public void OneDemandIsTooFew()
    {
        var y = new double[30];
        y[20] = 3;
        Assert.False(IntermittentModelSelector.TrySelect(y, out _, out var reason));
        Assert.Contains("only 1 demand", reason);
    }

    [Fact]
    public void HandlesTheM5Items()
    {
        // Eight real Walmart items, 31–85% zero days: every one classifies and gets a model or the continuous signal.
        var items = M5Reader.Read(SharedData.PathOf("m5/m5_sales_exog_small.csv"));
        Assert.Equal(8, items.Count);
        foreach (var item in items)
        {
            Assert.True(IntermittentModelSelector.TrySelect(item.Sales, out var s, out var reason), $"{item.Id}: {reason}");
            if (s.Model is null) continue;
            var f = s.Model.Forecast(28);
            Assert.All(f.Mean, v => Assert.True(v >= 0 && double.IsFinite(v)));
            for (int j = 0; j < 28; j++)
                Assert.True(0 <= f.Lower95[j] && f.Lower95[j] <= f.Lower80[j] && f.Lower80[j] <= f.Upper80[j] && f.Upper80[j] <= f.Upper95[j]);
        }
        Assert.Contains(items, i => IntermittentModelSelector.TrySelect(i.Sales, out var s, out _) && !s.UseContinuousModel);
    }

    [Fact]
    public void BacktestsSbaAndTsbOnAnM5Item()
    {
        var item = M5Reader.Read(SharedData.PathOf("m5/m5_sales_exog_small.csv"))[0];
        Func<ReadOnlyMemory<double>, int, double[]?>[] forecasters =
        [
            (y, h) => CrostonModel.TryFit(y.Span, CrostonVariant.Sba, out var c, out _) ? c.Forecast(h).Mean : null,
            (y, h) => TsbModel.TryFit(y.Span, out var t, out _) ? t.Forecast(h).Mean : null,
        ];
        foreach (var forecaster in forecasters)
        {
            Assert.True(RollingOriginBacktest.TryRun(item.Sales, 28, 5, 7, 28, forecaster, out var result, out var reason), reason);
            Assert.Equal(5, result.Origins.Count);
            Assert.Equal(item.Sales.Length - 28, result.Origins[^1].TrainLength);
            Assert.True(double.IsFinite(result.Mean.Mae) && double.IsFinite(result.Mean.Mase));
        }
    }
}
