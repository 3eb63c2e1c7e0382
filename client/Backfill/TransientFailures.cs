using Orleans.Runtime;
using Orleans.Runtime.Messaging;
using Orleans.Storage;

namespace ActorCluster.Client.Backfill;

/// <summary>
/// Failures that say "the cluster was briefly unable", not "this batch is wrong": a silo died or left
/// (its calls fail with <see cref="SiloUnavailableException"/> or time out), a gateway connection dropped,
/// the cluster pushed back, a grain moved between silos mid-write, or the database was briefly down. Resending the same batch is safe: the
/// grain treats an identical period as a duplicate.
/// </summary>
public static class TransientFailures
{
    public static bool IsTransient(Exception e) => e switch
    {
        SiloUnavailableException or OrleansMessageRejectionException or ConnectionFailedException or GatewayTooBusyException
            or ClientNotAvailableException or InconsistentStateException or TimeoutException => true,
        // A grain's failed state write, judged on the silo where the driver's exception was at hand.
        GrainStorageException g => g.Transient,
        // A failed state read while a grain activates (the database is down) arrives as Orleans' "no codec for
        // Npgsql.NpgsqlException": Orleans reads the state before our code runs, so it is not wrapped.
        Orleans.Serialization.CodecNotFoundException c => c.Message.Contains("Npgsql.", StringComparison.Ordinal),
        AggregateException a => a.InnerExceptions.All(IsTransient),
        _ => e.InnerException is { } inner && IsTransient(inner),
    };
}
