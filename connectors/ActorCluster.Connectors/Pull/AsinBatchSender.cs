using ActorCluster.Connectors.Profiles;

namespace ActorCluster.Connectors.Pull;

/// <summary>
/// Sends a page's observations to their ASIN grains through <see cref="IAsinGrain.IngestBatch"/>: one call per ASIN
/// (split at <paramref name="batchSize"/>), at most <paramref name="parallelism"/> ASINs at a time, so a page never
/// floods the cluster. Returns only when every call has been acknowledged (stored durably).
/// </summary>
public sealed class AsinBatchSender(IGrainFactory grains, int parallelism = 4, int batchSize = 1000)
{
    /// <summary>The counts of what the grains did; <see cref="SendResult.Rejections"/> holds the grains' reasons.</summary>
    public async Task<SendResult> SendAsync(IReadOnlyList<AsinObservation> observations, CancellationToken cancellationToken)
    {
        var result = new SendResult();
        var calls = observations.GroupBy(o => o.Asin)
            .SelectMany(g => g.Select(o => o.Observation).Chunk(batchSize).Select(batch => (Asin: g.Key, Batch: batch)));
        await Parallel.ForEachAsync(calls, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (call, _) =>
            {
                var results = await grains.GetAsinGrain(call.Asin).IngestBatch(call.Batch);
                lock (result) result.Add(call.Asin, results);
            });
        return result;
    }
}

/// <summary>What the grains did with the observations sent.</summary>
public sealed class SendResult
{
    public int Stored { get; private set; }
    public int Duplicates { get; private set; }
    public List<string> Rejections { get; } = [];

    internal void Add(string asin, IngestResult[] results)
    {
        foreach (var r in results)
        {
            if (r.IsStored) Stored++;
            else if (r.Status == IngestStatus.Duplicate) Duplicates++;
            else Rejections.Add($"{asin} {r.PeriodStart:yyyy-MM-dd}: {r.Reason}");
        }
    }
}
