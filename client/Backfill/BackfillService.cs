namespace ActorCluster.Client.Backfill;

/// <summary>
/// Sends parsed rows to their ASIN grains: grouped per ASIN, in batches (one durable write per batch),
/// several ASINs in parallel. Parse errors and grain rejections both end up in the summary with their line.
/// </summary>
public sealed class BackfillService(IGrainFactory grains, int parallelism, int batchSize)
{
    /// <summary>Reports rows sent so far.</summary>
    public event Action<long>? Progress;

    public async Task<BackfillSummary> RunAsync(IEnumerable<CsvRow> rows, string fileName, CancellationToken cancellationToken)
    {
        var summary = new BackfillSummary();
        var started = DateTime.UtcNow;
        var byAsin = new Dictionary<string, List<(long Line, Observation Observation)>>();
        foreach (var row in rows)
        {
            summary.RowsRead++;
            if (!row.IsValid)
            {
                summary.Reject(new RowRejection(fileName, row.Line, row.Asin, row.Error!));
                continue;
            }
            if (!byAsin.TryGetValue(row.Asin!, out var list)) byAsin[row.Asin!] = list = [];
            list.Add((row.Line, row.Observation!));
        }
        summary.Asins = byAsin.Count;

        long sent = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(byAsin, options, async (entry, ct) =>
        {
            var grain = grains.GetGrain<IAsinGrain>(entry.Key);
            foreach (var chunk in entry.Value.Chunk(batchSize))
            {
                var results = await grain.IngestBatch([.. chunk.Select(c => c.Observation)]).WaitAsync(ct);
                for (int i = 0; i < results.Length; i++)
                {
                    if (results[i].Status == IngestStatus.Rejected)
                        summary.Reject(new RowRejection(fileName, chunk[i].Line, entry.Key, results[i].Reason ?? "rejected"));
                    else
                        summary.Count(results[i].Status);
                }
                Progress?.Invoke(Interlocked.Add(ref sent, chunk.Length));
            }
        });
        summary.Rejections.Sort((a, b) => a.Line.CompareTo(b.Line));
        summary.Elapsed = DateTime.UtcNow - started;
        return summary;
    }
}
