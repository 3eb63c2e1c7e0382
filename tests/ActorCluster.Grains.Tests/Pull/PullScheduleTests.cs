namespace ActorCluster.Grains.Tests.Pull;

/// <summary>The reminder-driven pull: scheduled by configuration at silo start, continued across ticks by its cursor.</summary>
[Collection(PullCluster.Name)]
public sealed class PullScheduleTests(PullClusterFixture fixture)
{
    [Fact]
    public async Task The_scheduled_source_is_pulled_on_its_reminder_across_ticks_and_every_good_record_is_stored_once()
    {
        var grain = fixture.Client.GetGrain<IPullScheduleGrain>(PullClusterFixture.ScheduledSource);
        // The silo's starter already scheduled it; starting again must not disturb that.
        await grain.Start();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        PullScheduleStatus status;
        while (true)
        {
            status = await grain.GetStatus();
            if (status.RunsCompleted >= 1 || DateTime.UtcNow > deadline) break;
            await Task.Delay(200);
        }
        Assert.True(status.RunsCompleted >= 1, $"no completed run: {status}");
        Assert.True(status.Scheduled);
        Assert.Null(status.LastError);
        // One run needed more pages than a tick may fetch, so it was carried over ticks by the cursor in grain state.
        Assert.True(status.Cursor!.Pages > PullClusterFixture.ScheduledPagesPerRun, $"cursor {status.Cursor}");
        foreach (var asin in fixture.ScheduledAsins)
            Assert.Equal(PullClusterFixture.ScheduledDays, (await fixture.Client.GetAsinGrain(asin).GetStatus()).Counts.Accepted);
        // The first run fetched each page once (later runs repeat the pull for late corrections, as duplicates).
        Assert.All(fixture.ScheduleServer.Requests, r => Assert.NotEqual("401", r.Outcome));

        await grain.Stop();
        Assert.Equal(PullClusterFixture.ScheduledSource, status.Source);
    }

    [Fact]
    public async Task An_unknown_source_cannot_be_scheduled()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => fixture.Client.GetGrain<IPullScheduleGrain>("nope").Start());
        Assert.Contains("unknown source 'nope'", error.Message);
    }
}
