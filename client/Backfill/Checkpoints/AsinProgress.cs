namespace ActorCluster.Client.Backfill.Checkpoints;

/// <summary>
/// How far one ASIN got: rows acknowledged (a prefix of its sorted rows), whether it is complete, and the batch
/// that was sent but not acknowledged when the run stopped (its fate is asked of the grain on resume).
/// </summary>
public sealed class AsinProgress
{
    public long RowsDone { get; set; }
    public bool Complete { get; set; }
    public InFlightBatch? InFlight { get; set; }
}

/// <summary>A batch sent without a recorded answer: rows [From, From + Count) with the latest period among them.</summary>
public sealed record InFlightBatch(long From, int Count, DateTime MaxPeriod);
