using System.Data.Common;
using System.Net.Sockets;

namespace ActorCluster.Grains.Diagnostics;

/// <summary>Which storage failures a later retry can outlive: the database unreachable, slow, or restarting.</summary>
public static class StorageFailures
{
    public static bool IsTransient(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException { IsTransient: true } or SocketException or TimeoutException or TaskCanceledException) return true;
            // Npgsql marks connection failures (refused, reset, the server shutting down) as transient; a DbException
            // without the flag (SQLite "database is locked" included) is judged by its message.
            if (e is DbException db && (db.Message.Contains("locked", StringComparison.OrdinalIgnoreCase)
                                        || db.Message.Contains("shutting down", StringComparison.OrdinalIgnoreCase)
                                        || db.Message.Contains("connection", StringComparison.OrdinalIgnoreCase)))
                return true;
            if (e is AggregateException a && a.InnerExceptions.Any(IsTransient)) return true;
        }
        return false;
    }
}
