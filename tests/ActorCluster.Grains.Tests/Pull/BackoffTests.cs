using System.Net.Http.Headers;
using ActorCluster.Connectors.Http;

namespace ActorCluster.Grains.Tests.Pull;

public sealed class BackoffTests
{
    [Fact]
    public void Delays_double_with_jitter_between_half_and_whole_and_stop_at_the_maximum()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), new Random(7));
        for (int attempt = 1; attempt <= 8; attempt++)
        {
            var ceiling = Math.Min(10, Math.Pow(2, attempt - 1));
            var seen = Enumerable.Range(0, 200).Select(_ => backoff.Delay(attempt).TotalSeconds).ToArray();
            Assert.All(seen, d => Assert.InRange(d, ceiling / 2, ceiling));
            Assert.True(seen.Max() - seen.Min() > ceiling / 4, "jitter spreads the delays");
        }
    }

    [Fact]
    public void Retry_after_reads_seconds_and_dates()
    {
        var now = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromSeconds(7), Backoff.RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), now));
        Assert.Equal(TimeSpan.FromSeconds(30), Backoff.RetryAfter(new RetryConditionHeaderValue(now.AddSeconds(30)), now));
        Assert.Equal(TimeSpan.Zero, Backoff.RetryAfter(new RetryConditionHeaderValue(now.AddSeconds(-30)), now));
        Assert.Null(Backoff.RetryAfter(null, now));
    }
}
