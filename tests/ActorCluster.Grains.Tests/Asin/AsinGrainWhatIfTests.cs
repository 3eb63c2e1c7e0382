using ActorCluster.Grains.Tests.Fixtures;
using static ActorCluster.Grains.Tests.Fixtures.TestData;

namespace ActorCluster.Grains.Tests.Asin;

[Collection(MemoryCluster.Name)]
public sealed class AsinGrainWhatIfTests(MemoryClusterFixture fixture)
{
    /// <summary>
    /// 150 days ending today: units with a weekly swing, a promotion about every 12th day (uplift 1.8) and units
    /// answering the price with elasticity −1.5, or a constant price when <paramref name="priceMoves"/> is false.
    /// </summary>
    private static Observation[] History(bool priceMoves, int seed = 5)
    {
        var rng = new Random(seed);
        double price = 20;
        return [.. Enumerable.Range(0, 150).Select(i =>
        {
            if (priceMoves && i % 9 == 0) price = Math.Round(20 * Math.Exp((rng.NextDouble() - 0.5) * 0.5), 2);
            bool promo = i % 12 == 5;
            double mean = 60 * (1 + 0.2 * Math.Sin(2 * Math.PI * i / 7)) * (promo ? 1.8 : 1) * Math.Pow(price / 20, -1.5);
            return Obs(Today.AddDays(i - 149), Math.Round(mean * Math.Exp(0.1 * (rng.NextDouble() - 0.5))), price, promo);
        })];
    }

    [Fact]
    public async Task History_with_price_variation_projects_a_cut_and_a_deal_from_the_estimated_effects()
    {
        var grain = fixture.Client.GetAsinGrain(NewAsin('W'));
        await grain.IngestBatch(History(priceMoves: true));
        var plan = new WhatIfPlan { PriceChange = -0.1, PromotionDays = 3, Horizon = 28 };
        var view = await grain.GetWhatIf(plan);

        Assert.NotNull(view.Model);
        Assert.True(view.Elasticity.Estimated, view.Elasticity.Note);
        Assert.InRange(view.Elasticity.Value, -2.1, -0.9);
        Assert.True(view.Elasticity.Spread is > 0 and < 0.5, view.Elasticity.Note);
        Assert.Contains("estimated from", view.Elasticity.Note);
        Assert.True(view.Uplift.Estimated, view.Uplift.Note);
        Assert.InRange(view.Uplift.Value, 1.4, 2.2);

        Assert.Equal(28, view.Periods.Count);
        Assert.Equal(Today.AddDays(1), view.Periods[0].Period);
        Assert.Equal(Today.AddDays(28), view.Periods[^1].Period);
        Assert.Equal([true, true, true, false], view.Periods.Take(4).Select(p => p.Promotion));
        Assert.Equal(view.ReferencePrice * 0.9, view.PlannedPrice, 9);
        Assert.All(view.Periods, p => Assert.True(p.UnitsP10 <= p.UnitsP50 && p.UnitsP50 <= p.UnitsP90 && p.UnitsP10 >= 0, $"{p}"));
        Assert.All(view.Periods, p => Assert.Equal(p.UnitsP50 * view.PlannedPrice, p.RevenueP50, 6));
        Assert.True(view.Periods[0].UnitsP50 > 1.5 * view.Periods[0].BaselineUnitsP50, "a deal day with a price cut sells more");
        Assert.True(view.Totals.UnitsP50 > view.Baseline.UnitsP50 && view.Change.UnitsP10 > 0);
        Assert.True(view.Totals.UnitsP10 <= view.Totals.UnitsP50 && view.Totals.UnitsP50 <= view.Totals.UnitsP90);

        Assert.Equal(view.Totals, (await grain.GetWhatIf(plan)).Totals);                       // same seed, same answer
        Assert.NotEqual(view.Totals, (await grain.GetWhatIf(plan with { Seed = 7 })).Totals);
    }

    [Fact]
    public async Task A_price_that_never_moved_gives_no_elasticity_and_the_note_says_so()
    {
        var grain = fixture.Client.GetAsinGrain(NewAsin('W'));
        await grain.IngestBatch(History(priceMoves: false));
        var view = await grain.GetWhatIf(new WhatIfPlan { PriceChange = -0.1, Horizon = 14 });

        Assert.False(view.Elasticity.Estimated);
        Assert.Equal(0, view.Elasticity.Value);
        Assert.Contains("price barely varied", view.Elasticity.Note);
        Assert.Contains("assumed 0", view.Elasticity.Note);
        // With no price response and no promotion, units are the baseline's and revenue falls with the price.
        Assert.Equal(view.Baseline.UnitsP50, view.Totals.UnitsP50, 9);
        Assert.Equal(0.9 * view.Baseline.RevenueP50, view.Totals.RevenueP50, 6);
    }

    [Fact]
    public async Task An_invalid_plan_is_refused_naming_the_field()
    {
        var grain = fixture.Client.GetAsinGrain(NewAsin('W'));
        await grain.IngestBatch(Days(40));
        foreach (var (plan, field) in new (WhatIfPlan, string)[]
                 {
                     (new() { PriceChange = -0.95 }, "PriceChange"),
                     (new() { PriceChange = double.NaN }, "PriceChange"),
                     (new() { Horizon = 91 }, "Horizon"),
                     (new() { Horizon = 7, PromotionDays = 8 }, "PromotionDays"),
                     (new() { Horizon = 7, PromotionSteps = [0, 9] }, "PromotionSteps"),
                     (new() { Paths = 5 }, "Paths"),
                 })
        {
            var e = await Assert.ThrowsAsync<ArgumentException>(() => grain.GetWhatIf(plan));
            Assert.Contains(field, e.Message);
        }
    }

    [Fact]
    public async Task Without_data_or_with_too_little_history_there_is_no_projection_and_the_note_says_why()
    {
        var empty = await fixture.Client.GetAsinGrain(NewAsin('W')).GetWhatIf(new WhatIfPlan());
        Assert.Equal(0, empty.History);
        Assert.Null(empty.Model);
        Assert.Empty(empty.Periods);

        var young = fixture.Client.GetAsinGrain(NewAsin('W'));
        await young.IngestBatch(Days(10));
        var view = await young.GetWhatIf(new WhatIfPlan());
        Assert.Equal(10, view.History);
        Assert.Null(view.Model);
        Assert.Contains("need at least", view.Note);
    }
}
