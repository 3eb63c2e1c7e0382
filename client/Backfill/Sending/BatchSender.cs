namespace ActorCluster.Client.Backfill.Sending;

/// <summary>
/// Sends one batch to its grain, retrying transient cluster failures with backoff within the retry budget.
/// Before a resend it asks the grain whether the lost attempt was applied (<see cref="BatchProbe"/>), so a
/// silo dying after the write but before the answer does not count the batch twice.
/// </summary>
public sealed class BatchSender(IGrainFactory grains, RetryPolicy retry)
{
    private long _retries;

    /// <summary>Failed attempts retried so far.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Raised with the ASIN and the failure before each retry.</summary>
    public event Action<string, Exception>? Retrying;

    /// <summary>The grain's results, or null when the batch was found already applied.</summary>
    /// <param name="probeFirst">An earlier attempt (a previous run) may have been applied: ask before sending.</param>
    /// <param name="probeable">The batch's last period is later than all earlier batches, so a probe can answer.</param>
    public async Task<IngestResult[]?> SendAsync(string asin, Observation[] batch, bool probeFirst, bool probeable, CancellationToken ct)
    {
        var grain = grains.GetGrain<IAsinGrain>(asin);
        var deadline = DateTime.UtcNow + retry.Budget;
        bool probe = probeFirst && probeable;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                if (probe && await BatchProbe.WasAppliedAsync(grain, batch[^1], ct)) return null;
                return await grain.IngestBatch(batch).WaitAsync(ct);
            }
            catch (Exception e) when (TransientFailures.IsTransient(e) && !ct.IsCancellationRequested)
            {
                if (DateTime.UtcNow >= deadline)
                    throw new BackfillStoppedException($"{asin}: the cluster kept failing for {retry.Budget.TotalSeconds:0}s (last: {e.GetType().Name}: {e.Message})", e);
                Interlocked.Increment(ref _retries);
                Retrying?.Invoke(asin, e);
                probe = probeable;
                await Task.Delay(RetryPolicy.Delay(attempt + 1), ct);
            }
        }
    }
}

/// <summary>The backfill could not go on (the cluster stayed unavailable); the checkpoint lets it resume.</summary>
public sealed class BackfillStoppedException(string message, Exception inner) : Exception(message, inner);
