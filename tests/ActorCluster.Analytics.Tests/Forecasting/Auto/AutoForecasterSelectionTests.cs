using ActorCluster.Analytics.Forecasting;
using ActorCluster.Analytics.Forecasting.Arima;
using ActorCluster.Analytics.Forecasting.Auto;
using ActorCluster.Analytics.Forecasting.Baseline;
using ActorCluster.Analytics.Forecasting.Ets;
using ActorCluster.Analytics.Forecasting.Intermittent;
using ActorCluster.Analytics.Forecasting.Theta;

namespace ActorCluster.Analytics.Tests.Forecasting.Auto;

public class AutoForecasterSelectionTests
{
    public static TheoryData<AutoForecastMode> Modes => new() { AutoForecastMode.Fast, AutoForecastMode.Accurate };

    [Theory]
    [MemberData(nameof(Modes))]
    public void AStronglySeasonalSeriesGetsASeasonalModel(AutoForecastMode mode)
    {
        var y = SyntheticSeries.Seasonal(364);
        var result = new AutoForecaster(new ForecastPolicy { Mode = mode }).Select(y, 7, 14);

        Assert.True(result.Success, result.Reason);
        Assert.True(IsSeasonal(result.Model), $"{result.Model.Name}: {result.Note}");
        Assert.Equal(364, result.Model.Count);
        // The forecast follows the weekly pattern: day 5 of the week (160) well above day 6 (60).
        var f = result.Forecast(14)!.Mean;
        double[] week = [80, 85, 90, 95, 130, 160, 60];
        for (int j = 0; j < 14; j++) Assert.InRange(f[j], week[(364 + j) % 7] - 12, week[(364 + j) % 7] + 12);
        Assert.True(Rank(result, ModelFamily.Naive) > 0);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void AnIntermittentSeriesGetsCrostonOrTsb(AutoForecastMode mode)
    {
        var y = SyntheticSeries.Intermittent(365);
        var result = new AutoForecaster(new ForecastPolicy { Mode = mode }).Select(y, 7, 14);

        Assert.True(result.Success, result.Reason);
        Assert.Equal(DemandClass.Intermittent, result.Demand?.Class);
        Assert.True(IsIntermittent(result.Model), $"{result.Model.Name}: {result.Note}");
        // Flat at about the mean rate (0.25 × 5 = 1.25), not at the median (0).
        Assert.All(result.Forecast(14)!.Mean, v => Assert.InRange(v, 0.8, 1.8));
    }

    [Fact]
    public void WhenIntermittentFamiliesCompeteTheyAreRankedBesideTheOthers()
    {
        var y = SyntheticSeries.Intermittent(365);
        var policy = new ForecastPolicy { IntermittentDemand = IntermittentDemandHandling.Compete };
        var result = new AutoForecaster(policy).Select(y, 7, 14);

        Assert.True(result.Success, result.Reason);
        Assert.Contains(result.Ranking, s => s.Family == ModelFamily.Intermittent && s.Scored);
        Assert.Contains(result.Ranking, s => s.Family == ModelFamily.Ets && s.Scored);
        Assert.Contains("Rmsse", result.Note, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ATrendingSeriesGetsATrendModel(AutoForecastMode mode)
    {
        var y = SyntheticSeries.Trend(200);
        var result = new AutoForecaster(new ForecastPolicy { Mode = mode }).Select(y, 7, 14);

        Assert.True(result.Success, result.Reason);
        Assert.NotEqual(ModelFamily.Naive, result.Family);
        Assert.NotEqual(ModelFamily.SeasonalNaive, result.Family);
        var f = result.Forecast(14)!.Mean;
        double slope = (f[13] - f[0]) / 13;
        Assert.InRange(slope, 1.5, 2.5);
        Assert.InRange(f[13], 50 + 2.0 * 213 - 15, 50 + 2.0 * 213 + 15);
    }

    [Fact]
    public void TheRankingIsSortedAndNamesEveryEnabledFamily()
    {
        var result = new AutoForecaster(ForecastPolicy.Accurate).Select(SyntheticSeries.Seasonal(200), 7, 7);

        Assert.True(result.Success, result.Reason);
        var families = result.Ranking.Select(s => s.Family).ToHashSet();
        Assert.Superset(families, new HashSet<ModelFamily> { ModelFamily.Ets, ModelFamily.Sarima, ModelFamily.Theta, ModelFamily.SeasonalNaive, ModelFamily.Naive, ModelFamily.Combination });
        var errors = result.Ranking.Where(s => s.Scored).Select(s => s.Error).ToList();
        Assert.Equal(errors.Order(), errors);
        Assert.Equal(result.Family, result.Ranking[0].Family);
        Assert.Equal(3, result.ValidationOrigins);
        Assert.Equal(7, result.ValidationHorizon);
    }

    [Fact]
    public void FamiliesSwitchedOffAreNotOffered()
    {
        var policy = new ForecastPolicy { UseEts = false, UseTheta = false, UseCombination = false };
        var result = new AutoForecaster(policy).Select(SyntheticSeries.Seasonal(100), 7, 7);

        Assert.True(result.Success, result.Reason);
        Assert.Equal([ModelFamily.SeasonalNaive, ModelFamily.Naive], result.Ranking.Select(s => s.Family).Order());
    }

    private static int Rank(AutoForecastResult result, ModelFamily family) =>
        result.Ranking.Select((s, i) => (s, i)).First(x => x.s.Family == family).i;

    private static bool IsSeasonal(IForecastModel model) => model switch
    {
        EtsModel e => e.Spec.IsSeasonal,
        SarimaModel s => s.Order.IsSeasonal && s.Order.SeasonalAr + s.Order.SeasonalDiff + s.Order.SeasonalMa > 0,
        SeasonalNaiveModel => true,
        ThetaModel t => t.Season.IsSeasonal,
        MedianCombination c => c.Components.Count(IsSeasonal) * 2 > c.Components.Count,
        _ => false,
    };

    private static bool IsIntermittent(IForecastModel model) => model switch
    {
        CrostonModel or TsbModel => true,
        MedianCombination c => c.Components.All(IsIntermittent),
        _ => false,
    };
}
