namespace ActorCluster;

/// <summary>
/// Does nothing but return: the bench command uses it to measure the bare grain-call ceiling over the
/// gateway with the same payload an ingest call carries.
/// </summary>
public interface IEchoGrain : IGrainWithStringKey
{
    Task<IngestResult> Echo(Observation observation);
}
