using System.Diagnostics;

namespace ActorCluster.Client.Bench;

/// <summary>
/// A token bucket on the <see cref="Stopwatch"/> clock: <c>rate</c> tokens per second, at most <c>burst</c> saved up,
/// so a stall is not followed by an unbounded catch-up. One consumer (not thread-safe).
/// </summary>
public sealed class PushTokenBucket(double rate, double burst)
{
    private readonly double _burst = burst;
    private double _tokens = burst;
    private long _at = Stopwatch.GetTimestamp();

    /// <summary>Waits until <paramref name="count"/> tokens are available and takes them.</summary>
    public async Task TakeAsync(int count, CancellationToken ct)
    {
        while (true)
        {
            var now = Stopwatch.GetTimestamp();
            _tokens = Math.Min(_burst, _tokens + (now - _at) * rate / Stopwatch.Frequency);
            _at = now;
            if (_tokens >= count) { _tokens -= count; return; }
            // Sleep for the deficit (at least 1 ms: the timer does not do better).
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0.001, (count - _tokens) / rate)), ct);
        }
    }
}
