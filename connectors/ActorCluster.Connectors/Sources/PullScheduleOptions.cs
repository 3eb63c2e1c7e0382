namespace ActorCluster.Connectors.Sources;

/// <summary>When the silo pulls a source by itself (section <c>Sources:NAME:Schedule</c>).</summary>
public sealed class PullScheduleOptions
{
    /// <summary>Whether the silo registers the reminder for this source at start (default false).</summary>
    public bool Enabled { get; set; }

    /// <summary>Time between runs (default 1 hour; Orleans reminders tick at most once a minute unless the silo lowers that).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How far back the first run pulls (default 30 days).</summary>
    public TimeSpan InitialLookback { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How far before the previous run's start the next run begins, for late vendor corrections (default 2 days).</summary>
    public TimeSpan Overlap { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Pages fetched per tick at most (default 200); the cursor carries the rest to the next tick.</summary>
    public int MaxPagesPerRun { get; set; } = 200;
}
