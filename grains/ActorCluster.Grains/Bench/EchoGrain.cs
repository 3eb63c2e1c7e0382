namespace ActorCluster.Grains.Bench;

/// <summary>The bare-call ceiling for the bench: no state, no work.</summary>
[Orleans.Concurrency.StatelessWorker]
public sealed class EchoGrain : Grain, IEchoGrain
{
    public Task<IngestResult> Echo(Observation observation) =>
        Task.FromResult(new IngestResult(IngestStatus.Accepted, observation.PeriodStart));
}
