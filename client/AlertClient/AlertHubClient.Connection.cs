using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;

namespace ActorCluster.AlertClient;

// Connecting: start, the connect loop over the URLs, subscribe and replay. One connect loop runs at a time
// (_connecting); reconnect and fail-over are in AlertHubClient.Reconnect.cs.
public sealed partial class AlertHubClient
{
    private readonly List<Task> _background = [];
    private AlertSubscription _subscription;
    private HubConnection? _connection;
    private int _urlIndex;
    private int _connecting;
    private volatile bool _running;
    private DateTime? _firstSubscribedAt;

    /// <summary>
    /// Connects to the first silo that accepts (trying the URLs in order, in rounds, for up to
    /// <see cref="AlertHubClientOptions.ConnectTimeout"/>), subscribes and merges the replay. From then on the client
    /// reconnects and fails over by itself until disposed.
    /// </summary>
    /// <exception cref="AlertHubUnavailableException">No silo accepted in time, or one refused the API key.</exception>
    /// <exception cref="HubException">The hub refused the subscription (the message says why).</exception>
    public async Task StartAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_disposing.IsCancellationRequested, this);
        if (Interlocked.CompareExchange(ref _connecting, 1, 0) != 0 || _running)
            throw new InvalidOperationException("the alert client is already started");
        lock (_gate) SetStateLocked(AlertClientState.Connecting);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct, _disposing.Token);
        limit.CancelAfter(_options.ConnectTimeout);
        var errors = new List<string>();
        try
        {
            var (url, replayed, delivered) = await ConnectAnyAsync(0, errors, startup: true, limit.Token);
            Raise(new AlertConnectionEvent(AlertConnectionEventKind.Connected, url, null, replayed, delivered));
        }
        catch (Exception) when (limit.IsCancellationRequested && !ct.IsCancellationRequested && !_disposing.IsCancellationRequested)
        {
            Volatile.Write(ref _connecting, 0);
            lock (_gate) SetStateLocked(AlertClientState.Disconnected);
            throw new AlertHubUnavailableException(
                $"no silo accepted the alert hub connection within {_options.ConnectTimeout.TotalSeconds:0.#} s: " +
                (errors.Count == 0 ? "no attempt finished" : string.Join("; ", errors.TakeLast(_options.Urls.Count))));
        }
        catch
        {
            Volatile.Write(ref _connecting, 0);
            lock (_gate) SetStateLocked(AlertClientState.Disconnected);
            throw;
        }
        if (_options.SendReceipts) _receipts.Start();
        _running = true;
        EndConnectLoop();
    }

    /// <summary>Adds to the subscription on the current connection; kept for every reconnect. Returns the whole subscription in force.</summary>
    public Task<AlertSubscription> SubscribeAsync(AlertSubscription add, CancellationToken ct = default) =>
        ChangeSubscriptionAsync(AlertHubContract.Subscribe, add, ct);

    /// <summary>Removes from the subscription on the current connection; kept for every reconnect. Returns what is left.</summary>
    public Task<AlertSubscription> UnsubscribeAsync(AlertSubscription remove, CancellationToken ct = default) =>
        ChangeSubscriptionAsync(AlertHubContract.Unsubscribe, remove, ct);

    private async Task<AlertSubscription> ChangeSubscriptionAsync(string method, AlertSubscription change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        HubConnection connection;
        lock (_gate) connection = _connection ?? throw new InvalidOperationException("the alert client is not connected");
        var now = await connection.InvokeAsync<AlertSubscription>(method, change, ct);
        lock (_gate) { _subscription = Copy(now); Subscription = now; }
        return now;
    }

    private async Task<(Uri Url, int Replayed, int Delivered)> ConnectAnyAsync(int first, List<string> errors, bool startup, CancellationToken ct)
    {
        var urls = _options.Urls;
        var delay = _options.FailoverDelay;
        while (true)
        {
            for (int i = 0; i < urls.Count; i++)
            {
                int index = (first + i) % urls.Count;
                try
                {
                    var (replayed, delivered) = await ConnectToAsync(urls[index], reconnect: !startup, ct);
                    _urlIndex = index;
                    return (urls[index], replayed, delivered);
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    if (startup && IsRefusal(e, out var why))
                        throw e is HubException ? e : new AlertHubUnavailableException($"{urls[index]} refused the alert hub connection: {why}", e);
                    errors.Add($"{urls[index]}: {e.GetBaseException().Message}");
                    LogConnectFailed(_logger, urls[index], e.GetBaseException().Message);
                    Raise(new AlertConnectionEvent(AlertConnectionEventKind.ConnectFailed, urls[index], e));
                }
            }
            await Task.Delay(delay, ct);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxFailoverDelay.Ticks));
        }
    }

    /// <summary>Failures that another attempt will not fix: the key is refused, or the hub refuses the subscription.</summary>
    private static bool IsRefusal(Exception e, out string why)
    {
        why = e.GetBaseException().Message;
        if (e is HubException) return true;
        if (e.GetBaseException() is HttpRequestException { StatusCode: HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden } h)
        {
            why = $"{(int)h.StatusCode!} {h.StatusCode} (check the API key)";
            return true;
        }
        return false;
    }

    private async Task<(int Replayed, int Delivered)> ConnectToAsync(Uri url, bool reconnect, CancellationToken ct)
    {
        var connection = AlertHubConnectionFactory.Build(url, _options);
        connection.On<AlertNotice[]>(AlertHubContract.OnAlerts, batch => OnAlerts(connection, batch));
        connection.Reconnecting += e => OnReconnecting(connection, e);
        connection.Reconnected += _ => OnReconnected(connection);
        connection.Closed += e => OnClosed(connection, e);
        try
        {
            await connection.StartAsync(ct);
            lock (_gate) { _connection = connection; ConnectedTo = url; }
            _receipts.Discard();
            return await SubscribeAndReplayAsync(connection, url, reconnect, ct);
        }
        catch
        {
            lock (_gate) if (_connection == connection) { _connection = null; ConnectedTo = null; }
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Subscribes on <paramref name="connection"/>, asks for what was missed and delivers it merged with the
    /// live notices held meanwhile; a <paramref name="reconnect"/> is counted before anything is delivered, so whoever
    /// sees the first notice after it also sees the count.</summary>
    private async Task<(int Replayed, int Delivered)> SubscribeAndReplayAsync(HubConnection connection, Uri url, bool reconnect, CancellationToken cancel)
    {
        // A hub that accepts the connection but never answers must not keep live notices held back for ever.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(_options.HubCallTimeout);
        var ct = timeout.Token;
        AlertSubscription subscription;
        lock (_gate)
        {
            _sequencer.BeginReplay();
            SetStateLocked(AlertClientState.Connecting);
            subscription = Copy(_subscription);
        }
        var subscribedAt = DateTime.UtcNow;
        var now = await connection.InvokeAsync<AlertSubscription>(AlertHubContract.Subscribe, subscription, ct);
        ReplayRequest request;
        lock (_gate)
        {
            Subscription = now;
            // Until something was delivered, a reconnect asks the journal for everything since the first subscribe.
            request = _sequencer.CreateReplayRequest(_options.ReplaySlack, _firstSubscribedAt ?? _options.ResumeSince);
            _firstSubscribedAt ??= subscribedAt;
        }
        var (replayed, replayError) = await ReplayAsync(connection, request, cancel);
        int delivered;
        lock (_gate)
        {
            if (_connection != connection) throw new OperationCanceledException("superseded by another connection");
            if (reconnect) Interlocked.Increment(ref _reconnects);
            SetStateLocked(AlertClientState.Connected);
            var merged = _sequencer.CompleteReplay(replayed);
            DeliverLocked(merged);
            delivered = merged.Count;
        }
        LogSubscribed(_logger, url, replayed.Length, delivered);
        if (replayError is not null)
        {
            LogReplayFailed(_logger, url, replayError.Message);
            Raise(new AlertConnectionEvent(AlertConnectionEventKind.ReplayFailed, url, replayError));
        }
        return (replayed.Length, delivered);
    }

    /// <summary>
    /// Asks for what was missed; an incomplete answer (grains of a silo that just died) is asked again with growing
    /// pauses for up to <see cref="AlertHubClientOptions.ReplayRetryFor"/>. Any other refusal is returned as the error.
    /// </summary>
    private async Task<(AlertNotice[] Replayed, HubException? Error)> ReplayAsync(HubConnection connection, ReplayRequest request, CancellationToken cancel)
    {
        var deadline = DateTime.UtcNow + _options.ReplayRetryFor;
        var pause = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timeout.CancelAfter(_options.HubCallTimeout);
            try
            {
                return (await connection.InvokeAsync<AlertNotice[]>(AlertHubContract.Replay, request, timeout.Token) ?? [], null);
            }
            catch (HubException e) when (e.Message.Contains(AlertHubContract.IncompleteReplay, StringComparison.Ordinal) && DateTime.UtcNow + pause < deadline)
            {
                LogReplayRetry(_logger, e.Message);
                await Task.Delay(pause, cancel);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
            catch (HubException e)
            {
                return ([], e);
            }
        }
    }

    private Task OnAlerts(HubConnection connection, AlertNotice[]? batch)
    {
        if (batch is null) return Task.CompletedTask;
        lock (_gate)
        {
            if (_connection == connection) DeliverLocked(_sequencer.AcceptLive(batch));
        }
        return Task.CompletedTask;
    }
}
