using System.Diagnostics;
using ActorCluster.Analytics.Simulation;
using Xunit.Abstractions;

namespace ActorCluster.Analytics.Tests.Simulation;

/// <summary>Rough cost per ASIN-day, printed (not asserted: timings on a shared machine are not a test).</summary>
[Collection(nameof(SimulationCostTests))]
public sealed class SimulationCostTests(ITestOutputHelper output)
{
    [Fact]
    public void Cost_per_asin_day_is_printed()
    {
        var scenario = new MarketScenario { Asins = 300, Days = 365, Seed = 4 };
        var warmUp = MarketSimulator.Asin(scenario, 0);   // JIT warm-up of both paths
        _ = warmUp.Simulate();
        for (int t = 0; t < scenario.Days; t++) _ = warmUp.Day(t);

        var watch = Stopwatch.StartNew();
        var simulators = Enumerable.Range(0, scenario.Asins).Select(i => MarketSimulator.Asin(scenario, i)).ToList();
        double create = watch.Elapsed.TotalMicroseconds;

        watch.Restart();
        double units = 0;
        for (int t = 0; t < scenario.Days; t++)
        {
            foreach (var simulator in simulators) units += simulator.Day(t).Units is var u && double.IsFinite(u) ? u : 0;
        }
        double stream = watch.Elapsed.TotalMicroseconds;

        watch.Restart();
        int days = MarketSimulator.Simulate(scenario).Sum(s => s.Days.Count);
        double series = watch.Elapsed.TotalMicroseconds;

        double asinDays = scenario.Asins * (double)scenario.Days;
        output.WriteLine($"create: {create / scenario.Asins:F1} µs per ASIN ({create / asinDays:F3} µs per ASIN-day of schedule)");
        output.WriteLine($"streaming Day(t), virtual-clock order: {stream / asinDays:F3} µs per ASIN-day");
        output.WriteLine($"full series incl. creation: {series / asinDays:F3} µs per ASIN-day");
        Assert.Equal(asinDays, days);
        Assert.True(units > 0);
    }
}

/// <summary>Runs the cost measurement alone, after the parallel tests, so they do not share its cores.</summary>
[CollectionDefinition(nameof(SimulationCostTests), DisableParallelization = true)]
public sealed class SimulationCostCollection;
