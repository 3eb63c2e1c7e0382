using ActorCluster.Grains.Tests.Fixtures;
using static ActorCluster.Grains.Tests.Fixtures.TestData;

namespace ActorCluster.Grains.Tests.Asin;

[Collection(MemoryCluster.Name)]
public sealed class AsinGrainAnalyticsTests(MemoryClusterFixture fixture)
{
    [Fact]
    public async Task A_grain_with_history_exposes_features_forecast_thresholds_accuracy_and_drift()
    {
        var grain = fixture.Client.GetAsinGrain(NewAsin('A'));
        await grain.IngestBatch(Days(170, seed: 4)[..120]);
        foreach (var o in Days(170, seed: 4)[120..]) await grain.Ingest(o);   // one by one: the O(1) path
        var view = await grain.GetAnalytics();

        Assert.Equal(Today, view.Period);
        Assert.False(double.IsNaN(view.Features["UnitsMean7"]));
        Assert.False(double.IsNaN(view.Features["UnitsRsi"]));
        Assert.Equal(170, view.Features["Periods"]);
        Assert.NotEmpty(view.Lifecycle);

        Assert.NotNull(view.Forecast.Model);
        Assert.Equal(14, view.Forecast.Mean.Length);
        Assert.Equal(Today.AddDays(1), view.Forecast.From);
        Assert.True(view.Forecast.AccuracyCount > 10, view.Forecast.Note);
        Assert.False(double.IsNaN(view.Forecast.Mae));
        Assert.NotNull(view.Forecast.Challenger);

        Assert.Equal(["Units", "Price", "SalesRank"], view.Thresholds.Select(t => t.Metric));
        var units = view.Thresholds[0];
        Assert.True(units.Warm);
        Assert.True(units.Threshold > 0);
        Assert.Equal(0.9 * units.Threshold, units.ExitLevel, 9);
        Assert.True(units.NextUpperLevel > units.LastLevel && units.NextLowerLevel < units.LastLevel, $"{units}");
        Assert.True(view.Drift.Checked);
    }

    [Fact]
    public async Task Too_little_history_says_why_there_is_no_forecast()
    {
        var grain = fixture.Client.GetAsinGrain(NewAsin('A'));
        await grain.IngestBatch(Days(5));
        var view = await grain.GetAnalytics();
        Assert.Null(view.Forecast.Model);
        Assert.False(view.Forecast.Trusted);
        Assert.Contains("need at least", view.Forecast.Note);
        Assert.False(view.Thresholds[0].Warm);
    }

    [Fact]
    public async Task A_correction_in_the_past_is_reflected_in_the_features_and_survives_reactivation()
    {
        var grain = fixture.Client.GetAsinGrain(NewAsin('A'));
        var days = Days(60, seed: 8);
        await grain.IngestBatch(days);
        var before = await grain.GetAnalytics();
        await grain.Ingest(days[^3] with { Units = 5000 });
        var after = await grain.GetAnalytics();
        Assert.Equal(5000, (await grain.GetWindow())[^3].Units);
        Assert.True(after.Features["UnitsMean7"] > before.Features["UnitsMean7"] + 500);

        await fixture.DeactivateAsync(grain);
        var reactivated = await grain.GetAnalytics();
        Assert.Equal(after.Features["UnitsMean7"], reactivated.Features["UnitsMean7"], 9);
        Assert.Equal(after.Features["UnitsStd30"], reactivated.Features["UnitsStd30"], 9);
    }

    [Fact]
    public async Task A_plan_gives_a_scaled_forecast_and_a_bad_plan_is_refused_with_the_reason()
    {
        var grain = fixture.Client.GetAsinGrain(NewAsin('P'));
        await grain.IngestBatch(Days(120, seed: 11));
        var planned = await grain.GetPlannedForecast(new ForecastPlan { Horizon = 21, PromotionSteps = [2, 3], PriceChange = -0.1 });
        Assert.Equal(21, planned.Mean.Length);
        Assert.NotEmpty(planned.EffectsNote);
        Assert.All(planned.Mean, m => Assert.True(m >= 0));

        var e = await Assert.ThrowsAsync<ArgumentException>(() => grain.GetPlannedForecast(new ForecastPlan { Horizon = 3650 }));
        Assert.Contains("horizon 3650 must be 1..365", e.Message);
        e = await Assert.ThrowsAsync<ArgumentException>(() => grain.GetPlannedForecast(new ForecastPlan { Horizon = 7, PromotionSteps = [9] }));
        Assert.Contains("promotion step 9 is outside 1..7", e.Message);
        e = await Assert.ThrowsAsync<ArgumentException>(() => grain.GetPlannedForecast(new ForecastPlan { PriceChange = -1.5 }));
        Assert.Contains("price change -1.5", e.Message);
    }
}
