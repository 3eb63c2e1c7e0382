using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorCluster.AlertClient;

/// <summary>
/// A live subscription to the alert hubs of the silos: connects to one of <see cref="AlertHubClientOptions.Urls"/>,
/// subscribes, and delivers each transition once, in sequence order per ASIN, across reconnects and fail-overs
/// (after every (re)connect it re-subscribes and replays what it missed; see <see cref="NoticeSequencer"/>).
/// Read notices with <see cref="ReadAllAsync"/>, the <see cref="NoticeDelivered"/> event, <see cref="Received"/>
/// or <see cref="WaitForAsync"/>. Receipts for delivered notices are sent in batches in the background.
/// </summary>
public sealed partial class AlertHubClient : IAsyncDisposable
{
    private readonly AlertHubClientOptions _options;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly NoticeSequencer _sequencer;
    private readonly Channel<AlertNotice> _channel = Channel.CreateUnbounded<AlertNotice>(new() { SingleWriter = true });
    private readonly Queue<AlertNotice> _received = new();
    private readonly List<NoticeWaiter> _waiters = [];
    private readonly Queue<string> _rejections = new();
    private readonly ReceiptBatcher _receipts;
    private readonly CancellationTokenSource _disposing = new();
    private TaskCompletionSource _connected = NewSignal();
    private AlertClientState _state;
    private long _reconnects, _receiptsAccepted, _receiptsRejected;

    /// <summary>A client with the given options (validated here); call <see cref="StartAsync"/> to connect.</summary>
    public AlertHubClient(AlertHubClientOptions options, ILogger<AlertHubClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _sequencer = new NoticeSequencer(options.ResumeAfter);
        _subscription = Copy(options.Subscription);
        _receipts = new ReceiptBatcher(SendReceiptsAsync, options.ReceiptInterval, options.ReceiptBatchSize);
    }

    /// <summary>Raised for every delivered notice, in delivery order, on the thread that delivers it (under the
    /// client's lock, so keep handlers short; an exception from a handler is logged and ignored).</summary>
    public event EventHandler<AlertNotice>? NoticeDelivered;

    /// <summary>Raised when the connection changes (connected, reconnecting, failing over, replay results).</summary>
    public event EventHandler<AlertConnectionEvent>? ConnectionChanged;

    /// <summary>Where the client stands.</summary>
    public AlertClientState State { get { lock (_gate) return _state; } }

    /// <summary>The silo base URL of the current connection; null while there is none.</summary>
    public Uri? ConnectedTo { get; private set; }

    /// <summary>The whole subscription in force, as the hub last answered; null before the first subscribe.</summary>
    public AlertSubscription? Subscription { get; private set; }

    /// <summary>The last delivered sequence per ASIN (a snapshot).</summary>
    public IReadOnlyDictionary<string, long> LastSequences { get { lock (_gate) return _sequencer.SnapshotLastSequences(); } }

    /// <summary>Notices delivered.</summary>
    public long Delivered { get { lock (_gate) return _sequencer.Delivered; } }

    /// <summary>Notices dropped as duplicates (sequence at or below the last delivered for the ASIN).</summary>
    public long Duplicates { get { lock (_gate) return _sequencer.Duplicates; } }

    /// <summary>Successful re-connections after the first (same silo or fail-over).</summary>
    public long Reconnects => Interlocked.Read(ref _reconnects);

    /// <summary>Receipts the hub accepted.</summary>
    public long ReceiptsAccepted => Interlocked.Read(ref _receiptsAccepted);

    /// <summary>Receipts the hub rejected (see <see cref="ReceiptRejections"/>).</summary>
    public long ReceiptsRejected => Interlocked.Read(ref _receiptsRejected);

    /// <summary>Receipts not sent: the connection dropped before their batch went out, or sending failed.</summary>
    public long ReceiptsFailed => _receipts.Failed;

    /// <summary>Why the last receipt batch could not be sent; null if none failed.</summary>
    public Exception? ReceiptsLastError => _receipts.LastError;

    /// <summary>The hub's reasons for the most recent rejected receipts (at most 20).</summary>
    public IReadOnlyList<string> ReceiptRejections { get { lock (_gate) return [.. _rejections]; } }

    /// <summary>The delivered notices kept (<see cref="AlertHubClientOptions.KeepReceived"/>), oldest first (a snapshot).</summary>
    public IReadOnlyList<AlertNotice> Received { get { lock (_gate) return [.. _received]; } }

    /// <summary>Delivered notices as they come, until the client is disposed (one reader; see
    /// <see cref="AlertHubClientOptions.QueueForReader"/>).</summary>
    public IAsyncEnumerable<AlertNotice> ReadAllAsync(CancellationToken ct = default) => _channel.Reader.ReadAllAsync(ct);

    /// <summary>Completes when the client is connected, subscribed and has merged its replay.</summary>
    public Task WaitConnectedAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_disposing.IsCancellationRequested, this);
        lock (_gate) return _connected.Task.WaitAsync(ct);
    }

    /// <summary>The first delivered notice (already kept in <see cref="Received"/>, or still to come) that matches.</summary>
    /// <exception cref="TimeoutException">None matched within <paramref name="timeout"/>.</exception>
    public async Task<AlertNotice> WaitForAsync(Func<AlertNotice, bool> predicate, TimeSpan timeout, CancellationToken ct = default) =>
        (await WaitForCountAsync(predicate, 1, timeout, ct))[0];

    /// <summary>The first <paramref name="count"/> delivered notices (kept or still to come) that match.</summary>
    /// <exception cref="TimeoutException">Fewer matched within <paramref name="timeout"/>.</exception>
    public async Task<IReadOnlyList<AlertNotice>> WaitForCountAsync(
        Func<AlertNotice, bool> predicate, int count, TimeSpan timeout, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ObjectDisposedException.ThrowIf(_disposing.IsCancellationRequested, this);
        var waiter = new NoticeWaiter(predicate, count);
        lock (_gate)
        {
            foreach (var n in _received) waiter.Offer(n);
            if (!waiter.Task.IsCompleted) _waiters.Add(waiter);
        }
        try { return await waiter.Task.WaitAsync(timeout, ct); }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{waiter.Matched} of {count} matching alert notices within {timeout.TotalSeconds:0.###} s " +
                                       $"(delivered {Delivered}, state {State}, connected to {ConnectedTo?.ToString() ?? "nothing"})");
        }
        finally { lock (_gate) _waiters.Remove(waiter); }
    }

    /// <summary>Sends the pending receipts now (e.g. before a test looks at what the hub recorded).</summary>
    public Task FlushReceiptsAsync(CancellationToken ct = default) => _receipts.FlushAsync(ct);

    private void DeliverLocked(IReadOnlyList<AlertNotice> notices)
    {
        foreach (var n in notices)
        {
            if (_options.QueueForReader) _channel.Writer.TryWrite(n);
            if (_options.KeepReceived > 0)
            {
                _received.Enqueue(n);
                while (_received.Count > _options.KeepReceived) _received.Dequeue();
            }
            if (_options.SendReceipts) _receipts.Add(new AlertReceipt { Asin = n.Asin, Sequence = n.Sequence, AlertId = n.AlertId });
            foreach (var w in _waiters) w.Offer(n);
            try { NoticeDelivered?.Invoke(this, n); }
            catch (Exception e) { LogHandlerFailed(_logger, e); }
        }
        _waiters.RemoveAll(w => w.Task.IsCompleted);
    }

    private async Task SendReceiptsAsync(AlertReceipt[] batch, CancellationToken ct)
    {
        HubConnection? connection;
        lock (_gate) connection = _state == AlertClientState.Connected ? _connection : null;
        if (connection is null) throw new InvalidOperationException("not connected");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.HubCallTimeout);
        var result = await connection.InvokeAsync<ReceiptResult>(AlertHubContract.Receipt, batch, timeout.Token);
        Interlocked.Add(ref _receiptsAccepted, result.Accepted);
        if (result.Rejected.Count == 0) return;
        Interlocked.Add(ref _receiptsRejected, result.Rejected.Count);
        lock (_gate)
        {
            foreach (var line in result.Rejected) _rejections.Enqueue(line);
            while (_rejections.Count > 20) _rejections.Dequeue();
        }
        LogReceiptsRejected(_logger, result.Rejected.Count, result.Rejected[0]);
    }

    private void Raise(AlertConnectionEvent e)
    {
        try { ConnectionChanged?.Invoke(this, e); }
        catch (Exception ex) { LogHandlerFailed(_logger, ex); }
    }

    private void SetStateLocked(AlertClientState state)
    {
        if (state == _state) return;
        if (_state == AlertClientState.Connected) _connected = NewSignal();
        _state = state;
        if (state == AlertClientState.Connected) _connected.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static AlertSubscription Copy(AlertSubscription s) =>
        new() { Asins = [.. s.Asins], Categories = [.. s.Categories], Tiers = [.. s.Tiers], All = s.All };

    /// <summary>Stops receipts (sending what is pending), closes the connection and completes <see cref="ReadAllAsync"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposing.IsCancellationRequested) return;
        await _disposing.CancelAsync();
        await _receipts.DisposeAsync();
        Task[] background;
        HubConnection? connection;
        lock (_gate)
        {
            background = [.. _background];
            connection = _connection;
            _connection = null;
            ConnectedTo = null;
            SetStateLocked(AlertClientState.Disconnected);
            _connected.TrySetException(new ObjectDisposedException(nameof(AlertHubClient)));
            foreach (var w in _waiters) w.Cancel();
        }
        try { await Task.WhenAll(background); } catch (Exception) { /* already logged where it happened */ }
        if (connection is not null) await connection.DisposeAsync();
        _channel.Writer.TryComplete();
    }
}
