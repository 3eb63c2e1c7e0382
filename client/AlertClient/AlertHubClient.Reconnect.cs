using Microsoft.AspNetCore.SignalR.Client;

namespace ActorCluster.AlertClient;

// Recovering: SignalR's automatic reconnect keeps the same silo (then the subscription is restored on the new
// connection id); when it gives up (Closed) the connect loop tries the next URLs round-robin until one accepts.
public sealed partial class AlertHubClient
{
    private Task OnReconnecting(HubConnection connection, Exception? error)
    {
        Uri? url;
        lock (_gate)
        {
            if (_connection != connection) return Task.CompletedTask;
            url = ConnectedTo;
            SetStateLocked(AlertClientState.Reconnecting);
        }
        _receipts.Discard();
        LogReconnecting(_logger, url, error?.Message);
        Raise(new AlertConnectionEvent(AlertConnectionEventKind.Reconnecting, url, error));
        return Task.CompletedTask;
    }

    private Task OnReconnected(HubConnection connection)
    {
        Uri? url;
        lock (_gate)
        {
            if (_connection != connection || _disposing.IsCancellationRequested) return Task.CompletedTask;
            url = ConnectedTo!;
        }
        // The new connection id has no subscription yet; restore it off the SignalR callback (hub calls from inside
        // a connection callback can deadlock).
        Track(Task.Run(async () =>
        {
            try
            {
                var (replayed, delivered) = await SubscribeAndReplayAsync(connection, url, reconnect: true, _disposing.Token);
                Raise(new AlertConnectionEvent(AlertConnectionEventKind.Reconnected, url, null, replayed, delivered));
            }
            catch (Exception e) when (!_disposing.IsCancellationRequested)
            {
                // Could not restore the subscription here: drop this connection, which fails over (OnClosed).
                LogResubscribeFailed(_logger, url, e.GetBaseException().Message);
                try { await connection.StopAsync(); } catch (Exception) { /* closing anyway */ }
            }
            catch (Exception) { /* disposing */ }
        }));
        return Task.CompletedTask;
    }

    private Task OnClosed(HubConnection connection, Exception? error)
    {
        if (_running && !_disposing.IsCancellationRequested) StartFailover(connection, error);
        return Task.CompletedTask;
    }

    private void StartFailover(HubConnection failed, Exception? error)
    {
        if (Interlocked.CompareExchange(ref _connecting, 1, 0) != 0) return;
        Uri? url;
        lock (_gate)
        {
            if (_connection != failed || _disposing.IsCancellationRequested) { Volatile.Write(ref _connecting, 0); return; }
            url = ConnectedTo;
            _connection = null;
            ConnectedTo = null;
            SetStateLocked(AlertClientState.Reconnecting);
        }
        _receipts.Discard();
        LogFailingOver(_logger, url, error?.Message);
        Raise(new AlertConnectionEvent(AlertConnectionEventKind.FailingOver, url, error));
        Track(Task.Run(async () =>
        {
            try
            {
                var (next, replayed, delivered) =
                    await ConnectAnyAsync((_urlIndex + 1) % _options.Urls.Count, [], startup: false, _disposing.Token);
                Raise(new AlertConnectionEvent(AlertConnectionEventKind.Reconnected, next, null, replayed, delivered));
            }
            catch (Exception) when (_disposing.IsCancellationRequested) { return; }
            finally
            {
                try { await failed.DisposeAsync(); } catch (Exception) { /* already closed */ }
            }
            EndConnectLoop();
        }));
    }

    /// <summary>Ends a connect loop; a connection that closed while the loop ran (its Closed was ignored) fails over now.</summary>
    private void EndConnectLoop()
    {
        Volatile.Write(ref _connecting, 0);
        HubConnection? current;
        lock (_gate) current = _connection;
        if (current is { State: HubConnectionState.Disconnected }) StartFailover(current, null);
    }

    private void Track(Task task)
    {
        lock (_gate)
        {
            _background.RemoveAll(t => t.IsCompleted);
            _background.Add(task);
        }
    }
}
