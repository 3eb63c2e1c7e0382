using ActorCluster.Grains.Tests.Fixtures;

namespace ActorCluster.Grains.Tests.Simulation;

/// <summary>The simulated market fed through the cluster: controller, workers, the ASIN grains' ingest and alerts.</summary>
[Collection(MemoryCluster.Name)]
public sealed class SimulationGrainTests(MemoryClusterFixture fixture)
{
    private async Task<SimulationStatus> RunAsync(string id, SimulationPlan plan)
    {
        var controller = fixture.Client.GetGrain<ISimulationControllerGrain>(id);
        var status = await controller.Start(plan);
        Assert.Equal("Running", status.State);
        for (int i = 0; i < 600 && status.State == "Running"; i++)
        {
            await Task.Delay(100);
            status = await controller.GetStatus();
        }
        return status;
    }

    [Theory]
    [InlineData("category")]
    [InlineData("asin")]
    public async Task A_market_runs_to_the_end_and_every_simulated_day_reaches_its_asin_grain(string workers)
    {
        var id = "sim-" + workers + Guid.NewGuid().ToString("N")[..6];
        var plan = new SimulationPlan { Asins = 12, Categories = 3, Days = 40, Seed = 7, DaysPerSecond = 0, AnomalyRate = 0.02, Workers = workers };
        var status = await RunAsync(id, plan);

        Assert.Equal("Completed", status.State);
        Assert.Equal(40, status.Day);
        Assert.Equal(workers == "asin" ? 12 : 3, status.Workers);
        Assert.True(status.Observations >= 12 * 40 * 0.9, $"{status.Observations} observations");   // missing-day glitches are not sent
        Assert.Equal(status.Observations, status.Accepted + status.Rejected + status.Duplicates);
        Assert.Equal(0, status.Failed);
        Assert.Equal(DateTime.UtcNow.Date, status.SimulatedDate);

        var first = await fixture.Client.GetAsinGrain("S000000000").GetStatus();
        Assert.True(first.WindowCount >= 36);
        Assert.Equal(DateTime.UtcNow.Date, first.WindowEnd!.Value.Date);
        Assert.NotNull(first.Category);
        var labels = await fixture.Client.GetGrain<ISimulationControllerGrain>(id).GetLabels();
        Assert.All(labels, l => Assert.StartsWith("S", l.Asin));
    }

    [Fact]
    public async Task Simulated_days_are_judged_for_alerts_whatever_their_date_and_bad_plans_are_refused()
    {
        var controller = fixture.Client.GetGrain<ISimulationControllerGrain>("sim-bad");
        var bad = await Assert.ThrowsAsync<ArgumentException>(() => controller.Start(new SimulationPlan { Asins = 0, Days = 10 }));
        Assert.Contains("asins must be", bad.Message);
        var future = await Assert.ThrowsAsync<ArgumentException>(() => controller.Start(new SimulationPlan { Asins = 2, Categories = 1, Days = 10, StartDate = DateTime.UtcNow.Date.AddDays(5) }));
        Assert.Contains("future", future.Message);

        // An extreme market over dates far older than the live horizon still raises alerts: the virtual clock is live.
        var plan = new SimulationPlan
        {
            Asins = 8, Categories = 2, Days = 150, Seed = 3, DaysPerSecond = 0, Extreme = true, AnomalyRate = 0.03,
            StartDate = DateTime.UtcNow.Date.AddDays(-400),
        };
        var status = await RunAsync("sim-alerts-" + Guid.NewGuid().ToString("N")[..6], plan);
        Assert.Equal("Completed", status.State);
        long transitions = 0;
        for (int i = 0; i < 8; i++) transitions += (await fixture.Client.GetAsinGrain($"S{i:D9}").GetAlerts()).LastSequence;
        Assert.True(transitions > 0, "no alert transition in an extreme market");
    }
}
