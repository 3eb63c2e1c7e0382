using ActorCluster.Connectors.Http;
using Microsoft.Extensions.Time.Testing;

namespace ActorCluster.Grains.Tests.Pull;

public sealed class TokenBucketTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_new_bucket_holds_its_capacity_then_says_how_long_to_wait()
    {
        var bucket = new TokenBucket(3, tokensPerSecond: 2, _time);
        for (int i = 0; i < 3; i++) Assert.Equal(TimeSpan.Zero, bucket.TryTake());
        Assert.Equal(TimeSpan.FromMilliseconds(500), bucket.TryTake());
        _time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.True(bucket.TryTake() > TimeSpan.Zero);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(TimeSpan.Zero, bucket.TryTake());
    }

    [Fact]
    public void Refill_stops_at_capacity()
    {
        var bucket = new TokenBucket(2, tokensPerSecond: 10, _time);
        bucket.TryTake(); bucket.TryTake();
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, bucket.Available, 9);
        Assert.Equal(TimeSpan.Zero, bucket.TryTake());
        Assert.Equal(TimeSpan.Zero, bucket.TryTake());
        Assert.True(bucket.TryTake() > TimeSpan.Zero);
    }

    [Theory]
    [InlineData(120, 1)]
    [InlineData(120, 20)]
    [InlineData(10, 3)]
    public void A_greedy_caller_never_gets_more_than_the_limit_in_any_minute_even_with_late_arrival(int limit, int burst)
    {
        var slack = TimeSpan.FromSeconds(2);
        var bucket = TokenBucket.ForLimit(limit, TimeSpan.FromMinutes(1), burst, slack, _time);
        var taken = new List<TimeSpan>();
        var start = _time.GetUtcNow();
        // Ten minutes of a caller that takes whenever it may, in 10 ms steps of fake time.
        while (_time.GetUtcNow() - start < TimeSpan.FromMinutes(10))
        {
            if (bucket.TryTake() == TimeSpan.Zero) taken.Add(_time.GetUtcNow() - start);
            else _time.Advance(TimeSpan.FromMilliseconds(10));
        }
        // Windows of a minute plus the slack: what a vendor sees if the first request of a window is delayed by the slack.
        int worst = MaxInWindow(taken, TimeSpan.FromMinutes(1) + slack);
        Assert.True(worst <= limit, $"{worst} requests within {TimeSpan.FromMinutes(1) + slack}, limit {limit}");
        // Not timid either: the long-run rate is within 5% of what the bound allows.
        Assert.InRange(taken.Count, (limit - burst) * 10 * 60 / 62.0 * 0.95, limit * 10);
    }

    [Fact]
    public async Task TakeAsync_waits_on_the_bucket_clock()
    {
        var bucket = new TokenBucket(1, tokensPerSecond: 1, _time);
        await bucket.TakeAsync(CancellationToken.None);
        var second = bucket.TakeAsync(CancellationToken.None).AsTask();
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(second.IsCompletedSuccessfully);
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenBucket(0, 1, _time));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenBucket(1, 0, _time));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenBucket(1, double.NaN, _time));
        Assert.Throws<ArgumentOutOfRangeException>(() => TokenBucket.ForLimit(10, TimeSpan.FromMinutes(1), 10, TimeSpan.Zero, _time));
    }

    private static int MaxInWindow(List<TimeSpan> times, TimeSpan window)
    {
        int worst = 0, first = 0;
        for (int last = 0; last < times.Count; last++)
        {
            while (times[last] - times[first] >= window) first++;
            worst = Math.Max(worst, last - first + 1);
        }
        return worst;
    }
}
