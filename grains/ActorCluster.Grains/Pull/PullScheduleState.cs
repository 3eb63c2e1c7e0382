namespace ActorCluster.Grains.Pull;

/// <summary>What a scheduled pull persists: its cursor and the record of its runs.</summary>
[GenerateSerializer]
public sealed class PullScheduleState
{
    /// <summary>The current (or last) run's cursor, saved after every ingested page.</summary>
    [Id(0)] public PullCursor? Cursor { get; set; }
    [Id(1)] public PullRunSummary? LastRun { get; set; }
    [Id(2)] public int RunsCompleted { get; set; }
    /// <summary>When the last completed run began; the next run starts from that day less the overlap.</summary>
    [Id(3)] public DateTime? LastCompletedRunStartedAt { get; set; }
    /// <summary>When the run in progress (possibly spread over several ticks) began.</summary>
    [Id(4)] public DateTime? CurrentRunStartedAt { get; set; }
    [Id(5)] public string? LastError { get; set; }
    [Id(6)] public DateTime? LastCompletedAt { get; set; }
}
