namespace ActorCluster;

/// <summary>The outcome for one observation of an ingest call, in the order the observations were sent.</summary>
[GenerateSerializer, Immutable]
public sealed record IngestResult(
    [property: Id(0)] IngestStatus Status,
    [property: Id(1)] DateTime PeriodStart,
    [property: Id(2)] string? Reason = null,
    [property: Id(3)] bool Late = false)
{
    public bool IsStored => Status is IngestStatus.Accepted or IngestStatus.Corrected;
}
