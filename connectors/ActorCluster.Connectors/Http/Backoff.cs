using System.Net.Http.Headers;

namespace ActorCluster.Connectors.Http;

/// <summary>
/// Exponential backoff with "equal jitter" (half fixed, half random, as in Brooker, "Exponential Backoff and Jitter",
/// AWS Architecture Blog, 2015): never zero, so a retry never hammers, and spread, so clients do not retry in step.
/// </summary>
public sealed class Backoff(TimeSpan initial, TimeSpan max, Random random)
{
    /// <summary>The delay before retry number <paramref name="attempt"/> (1 for the first retry).</summary>
    public TimeSpan Delay(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var ceiling = Math.Min(max.TotalMilliseconds, initial.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30)));
        double jitter;
        lock (random) jitter = random.NextDouble();
        return TimeSpan.FromMilliseconds(ceiling / 2 + jitter * ceiling / 2);
    }

    /// <summary>
    /// The wait a Retry-After header asks for (seconds or an HTTP date, RFC 9110 §10.2.3), or null without one.
    /// A date in the past is zero.
    /// </summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header is null) return null;
        if (header.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header.Date is { } date) return date > now ? date - now : TimeSpan.Zero;
        return null;
    }
}
