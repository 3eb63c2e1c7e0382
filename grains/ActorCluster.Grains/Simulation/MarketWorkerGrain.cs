namespace ActorCluster.Grains.Simulation;

/// <summary>
/// Feeds its slice of a simulated market (one category, or one ASIN) into the ASIN grains, one batch per ASIN per
/// step, through <see cref="IAsinGrain.IngestSimulated"/>: the same validation, window, analytics and alerts as real
/// data. The generators are cached per plan; a worker that lost them (reactivated elsewhere) rebuilds them from the plan.
/// </summary>
public sealed class MarketWorkerGrain : Grain, IMarketWorkerGrain
{
    private (SimulationPlan Plan, int Worker)? _for;
    private MarketFeed.AsinFeed[] _feeds = [];

    public async Task<WorkerStep> Advance(SimulationPlan plan, int worker, int fromDay, int days)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Problem() is { } problem) throw new ArgumentException(problem, nameof(plan));
        if (_for is not { } f || !ReferenceEquals(f.Plan, plan) && !MarketFeed.SameMarket(f.Plan, plan) || f.Worker != worker)
        {
            _feeds = [.. MarketFeed.AsinsOf(plan, worker).Select(i => MarketFeed.For(plan, i))];
            _for = (plan, worker);
        }
        var results = await Task.WhenAll(_feeds.Select(async feed =>
        {
            var batch = feed.Observations(fromDay, days);
            if (batch.Length == 0) return (batch.Length, 0, 0, 0, 0);
            try
            {
                var r = await GrainFactory.GetGrain<IAsinGrain>(feed.Asin).IngestSimulated(batch);
                ActorClusterMetrics.RecordSimulated(batch.Length);
                return (batch.Length, r.Count(x => x.IsStored), r.Count(x => x.Status == IngestStatus.Rejected), 0, r.Count(x => x.Status == IngestStatus.Duplicate));
            }
            catch (Exception e) when (e is not ArgumentException)
            {
                return (batch.Length, 0, 0, 1, 0);
            }
        }));
        int failed = results.Sum(r => r.Item4);
        if (failed > 0 && failed == results.Length) throw new InvalidOperationException($"every ASIN of worker {worker} failed to ingest");
        return new WorkerStep(results.Sum(r => r.Item1), results.Sum(r => r.Item2), results.Sum(r => r.Item3), failed, results.Sum(r => r.Item5));
    }
}
