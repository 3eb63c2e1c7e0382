namespace ActorCluster.Client.Backfill;

/// <summary>
/// Exponential backoff with jitter (a random wait between half and all of 0.2 s, 0.4 s … capped at 10 s), for as long as
/// <see cref="Budget"/> allows per operation. Jitter keeps the workers from retrying in lockstep against a
/// cluster that is re-forming.
/// </summary>
public sealed class RetryPolicy(TimeSpan budget)
{
    private static readonly TimeSpan First = TimeSpan.FromMilliseconds(200), Cap = TimeSpan.FromSeconds(10);

    public TimeSpan Budget => budget;

    /// <summary>The wait before attempt <paramref name="attempt"/> (2 = first retry).</summary>
    public static TimeSpan Delay(int attempt)
    {
        double ceiling = Math.Min(Cap.TotalMilliseconds, First.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 2, 10)));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + Random.Shared.NextDouble() / 2));
    }
}
