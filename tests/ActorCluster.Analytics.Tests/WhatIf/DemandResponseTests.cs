using ActorCluster.Analytics.Forecasting.Regressors;
using ActorCluster.Analytics.Forecasting.WhatIf;

namespace ActorCluster.Analytics.Tests.WhatIf;

public sealed class DemandResponseTests
{
    /// <summary>Daily demand with a weekly swing, a known uplift on ~8% of days and a constant elasticity.</summary>
    private static (double[] Units, double[] Price, bool[] Promo) Market(int n, double uplift, double elasticity, bool priceMoves, bool promotions = true, int seed = 1)
    {
        var rng = new Random(seed);
        var units = new double[n]; var price = new double[n]; var promo = new bool[n];
        double p = 20;
        for (int t = 0; t < n; t++)
        {
            promo[t] = promotions && rng.NextDouble() < 0.08;
            if (priceMoves && rng.NextDouble() < 0.1) p = Math.Clamp(p * Math.Exp((rng.NextDouble() - 0.5) * 0.3), 12, 30);
            price[t] = p;
            double mean = 60 * (1 + 0.25 * Math.Sin(2 * Math.PI * t / 7)) * (promo[t] ? uplift : 1) * Math.Pow(p / 20, elasticity);
            units[t] = Math.Max(0, Math.Round(mean * Math.Exp(0.1 * (rng.NextDouble() - 0.5))));
        }
        return (units, price, promo);
    }

    [Fact]
    public void Estimated_effects_are_used_with_their_standard_errors()
    {
        var (u, p, d) = Market(400, 1.8, -1.5, priceMoves: true);
        var effects = PromotionPriceEstimator.Estimate(u, p, d, 7);
        var r = DemandResponse.From(effects);
        Assert.True(r.Elasticity.Estimated && r.LogUplift.Estimated, effects.Note);
        Assert.Equal(effects.PriceElasticity, r.Elasticity.Value);
        Assert.Equal(effects.ElasticityStandardError, r.Elasticity.Spread);
        Assert.Equal(Math.Log(effects.PromotionUplift), r.LogUplift.Value, 12);
        Assert.Equal(effects.PromotionStandardError, r.LogUplift.Spread);
        Assert.Contains("estimated from 400 periods", r.Elasticity.Note);
    }

    [Fact]
    public void A_price_that_never_varied_gives_elasticity_zero_and_says_why()
    {
        var (u, p, d) = Market(300, 1.6, -1, priceMoves: false);
        var r = DemandResponse.From(PromotionPriceEstimator.Estimate(u, p, d, 7));
        Assert.False(r.Elasticity.Estimated);
        Assert.Equal(0, r.Elasticity.Value);
        Assert.Equal(0, r.Elasticity.Spread);
        Assert.Contains("price barely varied", r.Elasticity.Note);
        Assert.Contains("assumed 0", r.Elasticity.Note);
        Assert.DoesNotContain("promotion uplift needs", r.Elasticity.Note);
        Assert.True(r.LogUplift.Estimated);          // the promotions still carry their own effect
    }

    [Fact]
    public void Too_few_promotions_give_no_uplift_and_say_why()
    {
        var (u, p, d) = Market(200, 1, -1, priceMoves: true, promotions: false);
        var r = DemandResponse.From(PromotionPriceEstimator.Estimate(u, p, d, 7));
        Assert.False(r.LogUplift.Estimated);
        Assert.Equal(0, r.LogUplift.Value);
        Assert.Contains("promotion uplift needs at least 3", r.LogUplift.Note);
        Assert.Contains("assumed 1", r.LogUplift.Note);
    }

    [Fact]
    public void Without_any_estimate_both_effects_are_neutral_with_the_estimators_reason()
    {
        var r = DemandResponse.From(PromotionPriceEffects.None("not estimated yet"));
        Assert.Equal((0.0, 0.0, false), (r.Elasticity.Value, r.Elasticity.Spread, r.Elasticity.Estimated));
        Assert.Equal((0.0, 0.0, false), (r.LogUplift.Value, r.LogUplift.Spread, r.LogUplift.Estimated));
        Assert.Contains("not estimated yet", r.Elasticity.Note);
        Assert.Contains("not estimated yet", r.LogUplift.Note);
    }

    [Fact]
    public void An_estimate_without_a_standard_error_gets_the_stated_default_spread()
    {
        var r = DemandResponse.From(new PromotionPriceEffects(1.5, -1.2, double.NaN, double.NaN, 100, "promotion uplift and price elasticity estimated"));
        Assert.Equal(DemandResponse.DefaultElasticitySpread, r.Elasticity.Spread);
        Assert.Equal(DemandResponse.DefaultLogUpliftSpread, r.LogUplift.Spread);
        Assert.Contains("spread of 0.5 assumed", r.Elasticity.Note);
    }
}
