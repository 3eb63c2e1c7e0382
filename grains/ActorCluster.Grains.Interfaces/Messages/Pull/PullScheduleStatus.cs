namespace ActorCluster;

/// <summary>The state of a scheduled vendor pull as its grain reports it.</summary>
[GenerateSerializer, Immutable]
public sealed record PullScheduleStatus(
    [property: Id(0)] string Source,
    [property: Id(1)] bool Scheduled,
    [property: Id(2)] bool Running,
    [property: Id(3)] int RunsCompleted,
    [property: Id(4)] PullCursor? Cursor,
    [property: Id(5)] PullRunSummary? LastRun,
    [property: Id(6)] string? LastError,
    [property: Id(7)] DateTime? LastCompletedAt);
