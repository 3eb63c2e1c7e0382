using ActorCluster.Analytics.Simulation;

namespace ActorCluster.Analytics.Tests.Simulation;

public sealed class DeterminismTests
{
    private static readonly MarketScenario Scenario = new() { Asins = 24, Days = 365, Seed = 7, AnomalyRate = 0.02 };

    [Fact]
    public void The_same_seed_gives_identical_series()
    {
        string first = SimulationFit.Hash(MarketSimulator.Simulate(Scenario));
        string second = SimulationFit.Hash(MarketSimulator.Simulate(Scenario with { }));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_seed_gives_other_series()
    {
        var a = MarketSimulator.Simulate(Scenario).ToList();
        var b = MarketSimulator.Simulate(Scenario with { Seed = 8 }).ToList();
        Assert.NotEqual(SimulationFit.Hash(a), SimulationFit.Hash(b));
        Assert.All(Enumerable.Range(0, a.Count), i => Assert.NotEqual(SimulationFit.Hash(a[i]), SimulationFit.Hash(b[i])));
    }

    [Fact]
    public void An_asin_alone_equals_the_same_asin_among_all()
    {
        var all = MarketSimulator.Simulate(Scenario).ToList();
        foreach (int k in new[] { 0, 17, 23 })
        {
            var alone = MarketSimulator.Asin(Scenario with { Asins = 1_000_000 }, k).Simulate();
            Assert.Equal(SimulationFit.Hash(all[k]), SimulationFit.Hash(alone));
        }
    }

    [Fact]
    public void Parallel_generation_in_reverse_order_equals_sequential()
    {
        string sequential = SimulationFit.Hash(MarketSimulator.Simulate(Scenario));
        var parallel = new SimulatedAsin[Scenario.Asins];
        Parallel.For(0, Scenario.Asins, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => parallel[Scenario.Asins - 1 - i] = MarketSimulator.Asin(Scenario, Scenario.Asins - 1 - i).Simulate());
        Assert.Equal(sequential, SimulationFit.Hash(parallel));
    }

    [Fact]
    public void Days_on_demand_in_any_order_equal_the_full_series()
    {
        for (int k = 0; k < 5; k++)
        {
            var series = MarketSimulator.Asin(Scenario, k).Simulate().Days;
            var streaming = MarketSimulator.Asin(Scenario, k);
            for (int t = 0; t < Scenario.Days; t++) Assert.Equal(series[t], streaming.Day(t));
            var random = new Random(k);
            for (int i = 0; i < 200; i++)
            {
                int t = random.Next(Scenario.Days);
                Assert.Equal(series[t], streaming.Day(t));
            }
        }
    }

    [Fact]
    public void Narrowing_one_range_leaves_every_other_draw_unchanged()
    {
        var free = MarketSimulator.Asin(Scenario, 3).Truth;
        var fixedElasticity = MarketSimulator.Asin(Scenario with { Price = new PriceRanges { Elasticity = ParameterRange.Fixed(-1.5) } }, 3).Truth;
        Assert.Equal(-1.5, fixedElasticity.Elasticity);
        Assert.Equal(free with { Elasticity = -1.5, WeeklyProfile = fixedElasticity.WeeklyProfile }, fixedElasticity);
        Assert.Equal(free.WeeklyProfile, fixedElasticity.WeeklyProfile);
    }
}
