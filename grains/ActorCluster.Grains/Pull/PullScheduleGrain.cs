using ActorCluster.Connectors.Pull;
using ActorCluster.Connectors.Sources;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace ActorCluster.Grains.Pull;

/// <summary>
/// The scheduled pull of one source. A reminder ticks every <see cref="PullScheduleOptions.Interval"/>; a tick starts a
/// run in the background (the reminder call returns at once, so a long rate-limited pull never times it out) unless
/// one is running. A run fetches at most <see cref="PullScheduleOptions.MaxPagesPerRun"/> pages; the cursor in state
/// carries an unfinished pull to the next tick. Only the run writes state, one write at a time, so the
/// interleaving status calls never race a write.
/// </summary>
public sealed partial class PullScheduleGrain(
    [PersistentState(PullScheduleGrain.StateName, GrainNames.Storage)] IPersistentState<PullScheduleState> state,
    VendorPullerFactory pullers,
    TimeProvider clock,
    ILogger<PullScheduleGrain> logger) : Grain, IPullScheduleGrain, IRemindable
{
    public const string StateName = "pull-schedule";
    public const string ReminderPrefix = "vendor-pull-every-";

    private Task? _run;
    private VendorPuller? _puller;

    private string Name => this.GetPrimaryKeyString();

    public async Task Start()
    {
        var schedule = pullers.Catalog.Get(Name).Schedule;
        if (!schedule.Enabled) throw new ArgumentException($"source '{Name}' has no enabled schedule (Sources:{Name}:Schedule:Enabled)");
        // Every silo asks at start; re-registering an unchanged reminder would only push its next tick back. The
        // interval is part of the reminder's name because Orleans does not tell a reminder's period.
        var name = ReminderPrefix + (long)schedule.Interval.TotalSeconds;
        var reminders = await this.GetReminders();
        if (reminders.Any(r => r.ReminderName == name)) return;
        foreach (var old in reminders.Where(r => r.ReminderName.StartsWith(ReminderPrefix, StringComparison.Ordinal)))
            await this.UnregisterReminder(old);
        await this.RegisterOrUpdateReminder(name, TimeSpan.FromSeconds(1), schedule.Interval);
        LogScheduled(logger, Name, schedule.Interval);
    }

    public async Task Stop()
    {
        foreach (var r in await this.GetReminders())
            if (r.ReminderName.StartsWith(ReminderPrefix, StringComparison.Ordinal)) await this.UnregisterReminder(r);
    }

    public Task Trigger()
    {
        if (_run is { IsCompleted: false }) return Task.CompletedTask;
        _run = RunAsync();
        return Task.CompletedTask;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // A source removed from the configuration, or whose schedule was disabled, stops its own reminder.
        if (!pullers.Catalog.Sources.TryGetValue(Name, out var source) || !source.Schedule.Enabled)
        {
            LogUnscheduled(logger, Name);
            await Stop();
            return;
        }
        await Trigger();
    }

    public Task<PullScheduleStatus> GetStatus()
    {
        var s = state.State;
        return Task.FromResult(new PullScheduleStatus(Name, pullers.Catalog.Sources.TryGetValue(Name, out var src) && src.Schedule.Enabled,
            _run is { IsCompleted: false }, s.RunsCompleted, s.Cursor, s.LastRun, s.LastError, s.LastCompletedAt));
    }

    private async Task RunAsync()
    {
        var s = state.State;
        try
        {
            var source = pullers.Catalog.Get(Name);
            // A run may outlast the idle-collection age; keep the activation (and its puller's token bucket) alive.
            DelayDeactivation(source.Schedule.Interval + TimeSpan.FromMinutes(10));
            var asins = ScheduledAsins.Read(source);
            var since = NextSince(s, source.Schedule);
            _puller ??= pullers.Create(Name);
            var runner = new PullRunner(_puller, new AsinBatchSender(GrainFactory), new GrainCursorStore(state), clock);
            var summary = await runner.RunAsync(Name, asins, since, source.Schedule.MaxPagesPerRun, CancellationToken.None);
            s.LastRun = summary;
            s.LastError = null;
            if (summary.Completed)
            {
                s.RunsCompleted++;
                s.LastCompletedRunStartedAt = s.CurrentRunStartedAt;
                s.CurrentRunStartedAt = null;
                s.LastCompletedAt = clock.GetUtcNow().UtcDateTime;
            }
            await state.WriteStateAsync();
            LogRun(logger, Name, summary.ToString());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogRunFailed(logger, e, Name);
            s.LastError = e.Message;
            try { await state.WriteStateAsync(); }
            catch (Exception write) when (write is not OutOfMemoryException) { LogRunFailed(logger, write, Name); }
        }
    }

    // A pull in progress keeps its start; a new one starts at the previous run's start less the overlap, or the lookback.
    private DateTime NextSince(PullScheduleState s, PullScheduleOptions schedule)
    {
        if (s.Cursor is { Completed: false } cursor && s.CurrentRunStartedAt is not null) return cursor.Since;
        var now = clock.GetUtcNow().UtcDateTime;
        s.CurrentRunStartedAt = now;
        var from = s.LastCompletedRunStartedAt is { } last ? last - schedule.Overlap : now - schedule.InitialLookback;
        return DateTime.SpecifyKind(from.Date, DateTimeKind.Utc);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Vendor pull '{Source}' scheduled every {Interval}")]
    private static partial void LogScheduled(ILogger logger, string source, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Information, Message = "Vendor pull '{Source}' is no longer scheduled in the configuration; its reminder is removed")]
    private static partial void LogUnscheduled(ILogger logger, string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Vendor pull '{Source}': {Summary}")]
    private static partial void LogRun(ILogger logger, string source, string summary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vendor pull '{Source}' failed; the cursor keeps its place for the next tick")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string source);
}
