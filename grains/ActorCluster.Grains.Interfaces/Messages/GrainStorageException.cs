namespace ActorCluster;

/// <summary>
/// A grain could not write its state, so the call that asked for the write acknowledged nothing. Thrown instead of the
/// storage driver's own exception, which Orleans cannot carry to another silo or a client (it has no codec for, say,
/// Npgsql's types), so every caller sees the same type with the same facts. <see cref="Transient"/> says whether sending
/// the same call again later can succeed (the database was unreachable, timed out or restarting).
/// </summary>
[GenerateSerializer]
public sealed class GrainStorageException : Exception
{
    public GrainStorageException() { }

    public GrainStorageException(string message) : base(message) { }

    public GrainStorageException(string message, Exception innerException) : base(message, innerException) { }

    public GrainStorageException(string grain, Exception cause, bool transient)
        : base($"{grain}: state write failed ({Describe(RootCause(cause))})" + (transient ? "; retry later" : ""))
    {
        Grain = grain;
        StorageError = RootCause(cause).GetType().FullName;
        Transient = transient;
    }

    /// <summary>The grain whose write failed, e.g. <c>asin/B000000001</c>.</summary>
    [Id(0)] public string? Grain { get; init; }

    /// <summary>The storage driver's exception type, e.g. <c>Npgsql.NpgsqlException</c>.</summary>
    [Id(1)] public string? StorageError { get; init; }

    /// <summary>True when the failure goes away by itself (connection refused, timeout, server restarting).</summary>
    [Id(2)] public bool Transient { get; init; }

    /// <summary>
    /// The driver's own exception under the storage provider's wrapper (whose message repeats whole stack traces):
    /// the first database exception in the chain, else the innermost one.
    /// </summary>
    private static Exception RootCause(Exception cause)
    {
        for (Exception? e = cause; e is not null; e = e.InnerException)
            if (e is System.Data.Common.DbException) return e;
        return cause.GetBaseException();
    }

    private static string Describe(Exception e)
    {
        var message = e.Message;
        int line = message.IndexOfAny(['\r', '\n']);
        return $"{e.GetType().FullName}: {(line < 0 ? message : message[..line])}";
    }
}
