namespace ActorCluster;

/// <summary>
/// The scheduled pull of one vendor source, keyed by the source name of the silo's <c>Sources</c> configuration.
/// A reminder wakes it every <c>Schedule:Interval</c>; each tick continues the cursor kept in grain state.
/// </summary>
public interface IPullScheduleGrain : IGrainWithStringKey
{
    /// <summary>Registers (or updates) the reminder; an unknown or unscheduled source throws <see cref="ArgumentException"/>.</summary>
    Task Start();

    /// <summary>Unregisters the reminder; a run in progress finishes its current page.</summary>
    Task Stop();

    /// <summary>Starts a run now unless one is running; returns at once.</summary>
    Task Trigger();

    Task<PullScheduleStatus> GetStatus();
}
