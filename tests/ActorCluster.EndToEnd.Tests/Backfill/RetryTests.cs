using ActorCluster.Client.Backfill;
using Orleans.Runtime;

namespace ActorCluster.EndToEnd.Tests.Backfill;

/// <summary>Which failures a batch is resent after, and how long the client waits between attempts.</summary>
public sealed class RetryTests
{
    [Fact]
    public void A_dead_silo_a_timeout_and_wrapped_ones_are_transient_a_bad_argument_is_not()
    {
        Assert.True(TransientFailures.IsTransient(new SiloUnavailableException()));
        Assert.True(TransientFailures.IsTransient(new TimeoutException()));
        Assert.True(TransientFailures.IsTransient(new AggregateException(new TimeoutException(), new SiloUnavailableException())));
        Assert.True(TransientFailures.IsTransient(new InvalidOperationException("call failed", new TimeoutException())));
        // The database down under a grain on another silo: Orleans cannot carry Npgsql's exception across.
        Assert.True(TransientFailures.IsTransient(new Orleans.Serialization.CodecNotFoundException("Could not find a codec for type Npgsql.NpgsqlException.")));
        Assert.False(TransientFailures.IsTransient(new Orleans.Serialization.CodecNotFoundException("Could not find a codec for type My.Dto.")));
        Assert.False(TransientFailures.IsTransient(new ArgumentException("batch of 20000 exceeds the limit")));
        Assert.False(TransientFailures.IsTransient(new AggregateException(new TimeoutException(), new ArgumentException())));
    }

    [Fact]
    public void Waits_grow_from_a_fraction_of_a_second_and_stop_growing_at_ten_seconds()
    {
        for (int i = 0; i < 200; i++)
        {
            Assert.InRange(RetryPolicy.Delay(2).TotalMilliseconds, 100, 200);
            Assert.InRange(RetryPolicy.Delay(4).TotalMilliseconds, 400, 800);
            Assert.InRange(RetryPolicy.Delay(40).TotalMilliseconds, 5000, 10_000);
        }
    }
}
