using ActorCluster.Analytics.Forecasting.Regressors;
using ActorCluster.Analytics.Pipeline;

namespace ActorCluster.Analytics.Tests.Forecasting.Regressors;

public sealed class PromotionPriceEstimatorTests
{
    /// <summary>Daily demand with a weekly profile, known promotion uplift and constant price elasticity.</summary>
    private static (double[] Units, double[] Price, bool[] Promo) Market(int n, double uplift, double elasticity, int seed, bool priceMoves = true, bool priceOnlyWithPromo = false)
    {
        var rng = new Random(seed);
        var units = new double[n]; var price = new double[n]; var promo = new bool[n];
        double p = 20;
        for (int t = 0; t < n; t++)
        {
            promo[t] = rng.NextDouble() < 0.08;
            if (priceMoves && !priceOnlyWithPromo && rng.NextDouble() < 0.1) p = Math.Clamp(p * Math.Exp((rng.NextDouble() - 0.5) * 0.3), 12, 30);
            price[t] = priceOnlyWithPromo && promo[t] ? 16 : p;
            double mean = 60 * (1 + 0.25 * Math.Sin(2 * Math.PI * t / 7)) * (promo[t] ? uplift : 1) * Math.Pow(price[t] / 20, elasticity);
            units[t] = Math.Max(0, Math.Round(mean * Math.Exp(0.1 * Normal(rng))));
        }
        return (units, price, promo);
    }

    private static double Normal(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    [Theory]
    [InlineData(1.8, -1.5, 1)]
    [InlineData(1.3, -0.8, 2)]
    [InlineData(2.5, -2.2, 3)]
    public void Recovers_known_uplift_and_elasticity(double uplift, double elasticity, int seed)
    {
        var (u, p, d) = Market(400, uplift, elasticity, seed);
        var e = PromotionPriceEstimator.Estimate(u, p, d, 7);
        Assert.InRange(e.PromotionUplift, uplift * 0.9, uplift * 1.1);
        Assert.InRange(e.PriceElasticity, elasticity - 0.25, elasticity + 0.25);
        Assert.Equal("promotion uplift and price elasticity estimated", e.Note);
    }

    [Fact]
    public void A_constant_price_gives_no_elasticity_and_says_why()
    {
        var (u, p, d) = Market(300, 1.6, -1, 4, priceMoves: false);
        var e = PromotionPriceEstimator.Estimate(u, p, d, 7);
        Assert.True(double.IsNaN(e.PriceElasticity));
        Assert.Contains("price barely varied", e.Note);
        Assert.InRange(e.PromotionUplift, 1.4, 1.8);
    }

    [Fact]
    public void A_price_that_moves_only_with_promotions_is_folded_into_the_uplift()
    {
        var (u, p, d) = Market(300, 1.5, -1.2, 5, priceOnlyWithPromo: true);
        var e = PromotionPriceEstimator.Estimate(u, p, d, 7);
        Assert.True(double.IsNaN(e.PriceElasticity));
        Assert.Contains("moved only with promotions", e.Note);
        Assert.True(e.PromotionUplift > 1.5); // the price cut's effect rides on the promotion
    }

    [Fact]
    public void Too_little_data_or_no_promotions_are_explained()
    {
        Assert.Contains("need at least", PromotionPriceEstimator.Estimate([1, 2, 3], [1, 1, 1], [false, false, false], 7).Note);
        var (u, p, _) = Market(200, 1, -1, 6);
        var e = PromotionPriceEstimator.Estimate(u, p, new bool[200], 7);
        Assert.True(double.IsNaN(e.PromotionUplift));
        Assert.Contains("promotion uplift needs", e.Note);
        Assert.Contains("same length", PromotionPriceEstimator.Estimate([1, 2], [1], [true, false], 7).Note);
    }

    [Fact]
    public void A_planned_promotion_and_price_cut_move_the_forecast_the_right_way()
    {
        var (u, p, d) = Market(300, 1.8, -1.5, 7);
        var start = new DateTime(2025, 1, 6, 0, 0, 0, DateTimeKind.Utc);
        var inputs = Enumerable.Range(0, 300).Select(t => new AnalyticsInput(start.AddDays(t), u[t], p[t], 100, d[t])).ToArray();
        var a = new AsinAnalytics();
        foreach (var x in inputs) a.Push(x);
        a.RefitIfDue(() => inputs);
        Assert.True(a.Effects.HasPromotionEffect && a.Effects.HasPriceEffect, a.Effects.Note);

        double last = a.LastPrice;
        var baseline = a.PlannedForecast(new bool[7], Enumerable.Repeat(last, 7).ToArray())!;
        var promo = a.PlannedForecast([false, true, true, true, false, false, false], Enumerable.Repeat(last, 7).ToArray())!;
        var cut = a.PlannedForecast(new bool[7], Enumerable.Repeat(last * 0.9, 7).ToArray())!;
        Assert.Equal(baseline.Mean[0], promo.Mean[0], 9);
        Assert.InRange(promo.Mean[2] / baseline.Mean[2], 1.6, 2.0);
        Assert.InRange(cut.Mean[3] / baseline.Mean[3], Math.Pow(0.9, -1.5) - 0.06, Math.Pow(0.9, -1.5) + 0.06);
    }
}
