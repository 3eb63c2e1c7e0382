using System.Data.Common;
using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Orleans.Runtime.Messaging;
using Orleans.Serialization;

namespace ActorCluster.Silo.Hosting;

/// <summary>
/// Turns failures that go away by themselves (the database is down or restarting, a silo died and its grains are
/// moving, a grain call timed out) into <c>503 Service Unavailable</c> problem details with <c>Retry-After</c>, instead
/// of a bare 500. Nothing that failed was acknowledged; in a batch, ASINs answered before the failure may have been
/// stored, and sending the same batch again is safe: those come back as <c>Duplicate</c>.
/// </summary>
public sealed partial class TransientFailureHandler(IProblemDetailsService problems, ILogger<TransientFailureHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client is asked to wait before retrying.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsTransient(exception) || context.Response.HasStarted) return false;
        LogUnavailable(logger, context.Request.Method, context.Request.Path, exception.GetBaseException().Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Temporarily unavailable: retry",
                Detail = $"storage or cluster not reachable ({exception.GetBaseException().Message}); nothing of the failed part was " +
                         $"acknowledged; send the same request again after {RetryAfterSeconds} s (stored items come back as Duplicate)",
                Extensions = { ["retryable"] = true },
            },
        });
    }

    /// <summary>True when the exception, or one it wraps, is a storage or cluster failure that a retry can outlive.</summary>
    public static bool IsTransient(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            // A grain's failed state write, judged where the driver's exception was still at hand.
            if (e is GrainStorageException storage) return storage.Transient;
            if (e is DbException or SocketException or TimeoutException or SiloUnavailableException or OrleansMessageRejectionException
                or ConnectionFailedException or GatewayTooBusyException)
                return true;
            // An exception type the receiving side cannot rebuild arrives as a fallback carrying its type name.
            if (e is UnavailableExceptionFallbackException fallback && IsTransientTypeName(fallback.ExceptionType)) return true;
            // Orleans has no codec for Npgsql's exceptions: a failed state read while a grain activates on another silo
            // (our grains wrap their write failures in GrainStorageException) reaches this silo as "Could not find a
            // codec for type Npgsql.NpgsqlException". The type it names says what happened.
            if (e is CodecNotFoundException && IsTransientTypeName(e.Message[(e.Message.LastIndexOf(' ') + 1)..].TrimEnd('.'))) return true;
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsTransient)) return true;
        }
        return false;
    }

    private static bool IsTransientTypeName(string? type) =>
        type is not null && (type.StartsWith("Npgsql.", StringComparison.Ordinal) || type.Contains("Socket", StringComparison.Ordinal)
                             || type.Contains("Timeout", StringComparison.Ordinal));

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path}: 503, storage or cluster unavailable: {Error}")]
    private static partial void LogUnavailable(ILogger logger, string method, string path, string error);
}
