using ActorCluster.Analytics.Forecasting.Regressors;
using ActorCluster.Analytics.Simulation;
using Xunit.Abstractions;

namespace ActorCluster.Analytics.Tests.Forecasting.Regressors;

/// <summary>
/// The elasticity estimator against simulated markets whose truth is known: life cycles, seasons, holidays,
/// promotions with pull-forward dips, competitor moves, stock-outs and injected glitches (bad prices) included.
/// </summary>
public sealed class SimulatedElasticityTests(ITestOutputHelper output)
{
    [Fact]
    public void Recovers_the_true_elasticity_across_a_simulated_market_within_half_a_unit_at_the_median()
    {
        var scenario = new MarketScenario
        {
            Asins = 60, Categories = 4, Days = 400, Seed = 77, AnomalyRate = 0.02, IntermittentShare = 0,
            Start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        var errors = new List<double>();
        for (int i = 0; i < scenario.Asins; i++)
        {
            var s = MarketSimulator.Asin(scenario, i).Simulate();
            var days = s.Days.Where(d => !d.Missing).ToArray();
            if (days.Average(d => d.Units) < 5) continue;
            var e = PromotionPriceEstimator.Estimate(
                [.. days.Select(d => d.InStock ? d.Units : double.NaN)], [.. days.Select(d => d.Price)], [.. days.Select(d => d.Promotion)], 7);
            if (!e.HasPriceEffect) continue;
            errors.Add(e.PriceElasticity - s.Truth.Elasticity);
            output.WriteLine($"ASIN {i}: true {s.Truth.Elasticity:0.00}, estimated {e.PriceElasticity:0.00} ± {e.ElasticityStandardError:0.00}");
        }
        var abs = errors.Select(Math.Abs).Order().ToList();
        double medianAbs = abs[abs.Count / 2], medianError = errors.Order().ElementAt(errors.Count / 2);
        output.WriteLine($"{errors.Count} estimable; median error {medianError:0.00}, median |error| {medianAbs:0.00}");
        Assert.True(errors.Count >= 20, $"only {errors.Count} of {scenario.Asins} ASINs had an estimable elasticity");
        Assert.InRange(medianError, -0.3, 0.3);
        Assert.True(medianAbs <= 0.5, $"median |error| {medianAbs:0.00}");
    }
}
