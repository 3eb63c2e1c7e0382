namespace ActorCluster.Client.Backfill;

/// <summary>
/// What the grains answered for some rows. <see cref="Recovered"/> counts rows of a batch whose answer was lost
/// (client killed, silo died) but which the grain shows as applied: stored, with no per-row status.
/// </summary>
public readonly record struct BatchCounts(long Accepted, long Duplicates, long Corrected, long Rejected, long Recovered = 0)
{
    public static BatchCounts operator +(BatchCounts a, BatchCounts b) =>
        new(a.Accepted + b.Accepted, a.Duplicates + b.Duplicates, a.Corrected + b.Corrected, a.Rejected + b.Rejected, a.Recovered + b.Recovered);
}
