namespace ActorCluster.Connectors.Http;

/// <summary>
/// A token bucket: holds at most <see cref="Capacity"/> tokens, refilled continuously at <see cref="TokensPerSecond"/>;
/// each request takes one. Over any interval of length T at most Capacity + TokensPerSecond·T tokens are taken
/// (the classic bound, e.g. Tanenbaum, Computer Networks, §5.4). Time comes from a <see cref="TimeProvider"/> so
/// tests drive it with a fake clock. Thread-safe.
/// </summary>
public sealed class TokenBucket
{
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private double _tokens;
    private long _stamp;

    public TokenBucket(int capacity, double tokensPerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        if (!(tokensPerSecond > 0) || double.IsInfinity(tokensPerSecond))
            throw new ArgumentOutOfRangeException(nameof(tokensPerSecond), tokensPerSecond, "must be positive and finite");
        Capacity = capacity;
        TokensPerSecond = tokensPerSecond;
        _time = time;
        _tokens = capacity;
        _stamp = time.GetTimestamp();
    }

    /// <summary>
    /// A bucket that keeps any <paramref name="window"/> to at most <paramref name="limit"/> requests even when
    /// requests reach the vendor up to <paramref name="slack"/> later than they were taken: the capacity is
    /// <paramref name="burst"/> and the refill is (limit − burst) / (window + slack).
    /// </summary>
    public static TokenBucket ForLimit(int limit, TimeSpan window, int burst, TimeSpan slack, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(burst, limit);
        return new TokenBucket(burst, (limit - burst) / (window + slack).TotalSeconds, time);
    }

    public int Capacity { get; }

    public double TokensPerSecond { get; }

    /// <summary>Tokens available now (fractional).</summary>
    public double Available { get { lock (_gate) { Refill(); return _tokens; } } }

    /// <summary>Takes a token if one is available and returns zero; otherwise takes nothing and returns the wait until one is.</summary>
    public TimeSpan TryTake()
    {
        lock (_gate)
        {
            Refill();
            if (_tokens >= 1) { _tokens -= 1; return TimeSpan.Zero; }
            // Rounded up to whole ticks so that waiting exactly this long always suffices.
            return TimeSpan.FromTicks((long)Math.Ceiling((1 - _tokens) / TokensPerSecond * TimeSpan.TicksPerSecond));
        }
    }

    /// <summary>Waits (on the bucket's clock) until a token is taken.</summary>
    public async ValueTask TakeAsync(CancellationToken cancellationToken)
    {
        for (var wait = TryTake(); wait > TimeSpan.Zero; wait = TryTake())
            await Task.Delay(wait, _time, cancellationToken);
    }

    private void Refill()
    {
        var now = _time.GetTimestamp();
        var elapsed = _time.GetElapsedTime(_stamp, now).TotalSeconds;
        _stamp = now;
        if (elapsed > 0) _tokens = Math.Min(Capacity, _tokens + elapsed * TokensPerSecond);
    }
}
