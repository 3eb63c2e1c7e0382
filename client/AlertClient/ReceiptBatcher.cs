namespace ActorCluster.AlertClient;

/// <summary>
/// Collects receipts and sends them in batches: when <c>batchSize</c> are pending, or every <c>interval</c> while
/// any are pending. <see cref="Add"/> never waits, so delivery is never held up by the hub; a batch that cannot be
/// sent is dropped (receipts are acknowledgements, not data) and counted in <see cref="Failed"/>.
/// </summary>
public sealed class ReceiptBatcher : IAsyncDisposable
{
    private readonly Func<AlertReceipt[], CancellationToken, Task> _send;
    private readonly TimeSpan _interval;
    private readonly int _batchSize;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _full = new(0);
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private List<AlertReceipt> _pending = [];
    private Task? _loop;
    private long _sent, _failed;

    /// <summary>Batches for <paramref name="send"/>, which is called from one loop at a time.</summary>
    public ReceiptBatcher(Func<AlertReceipt[], CancellationToken, Task> send, TimeSpan interval, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        (_send, _interval, _batchSize) = (send, interval, batchSize);
    }

    /// <summary>Receipts waiting to be sent.</summary>
    public int Pending { get { lock (_gate) return _pending.Count; } }

    /// <summary>Receipts handed to the sender without an error.</summary>
    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Receipts dropped because sending failed or they were discarded.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Why the last failed batch failed; null if none did.</summary>
    public Exception? LastError { get; private set; }

    /// <summary>Starts the sending loop (once).</summary>
    public void Start() => _loop ??= Task.Run(() => RunAsync(_stop.Token));

    /// <summary>Queues a receipt; wakes the loop when a batch is full.</summary>
    public void Add(AlertReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        bool full;
        lock (_gate)
        {
            _pending.Add(receipt);
            full = _pending.Count == _batchSize;
        }
        if (full) _full.Release();
    }

    /// <summary>Drops what is pending (receipts belong to the connection that delivered them); returns how many.</summary>
    public int Discard()
    {
        int n;
        lock (_gate) { n = _pending.Count; _pending = []; }
        Interlocked.Add(ref _failed, n);
        return n;
    }

    /// <summary>Sends everything pending now, in batches of at most the batch size, in the order added. Never throws:
    /// a batch that fails, or is still unsent when <paramref name="ct"/> is cancelled, is counted in <see cref="Failed"/>.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        await _sending.WaitAsync(CancellationToken.None);
        try
        {
            List<AlertReceipt> taken;
            lock (_gate) { taken = _pending; _pending = []; }
            for (int i = 0; i < taken.Count; i += _batchSize)
            {
                var batch = taken.GetRange(i, Math.Min(_batchSize, taken.Count - i)).ToArray();
                try
                {
                    ct.ThrowIfCancellationRequested();
                    await _send(batch, ct);
                    Interlocked.Add(ref _sent, batch.Length);
                }
                catch (Exception e)
                {
                    LastError = e;
                    // The connection went away or the hub refused: drop the batch rather than hold up later deliveries.
                    Interlocked.Add(ref _failed, batch.Length);
                }
            }
        }
        finally { _sending.Release(); }
    }

    private async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await _full.WaitAsync(_interval, ct);
                await FlushAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { return; }
        }
    }

    /// <summary>Stops the loop and makes one last attempt (up to 2 s) to send what is pending.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested) return;
        await _stop.CancelAsync();
        if (_loop is not null) await _loop;
        using var last = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await FlushAsync(last.Token);
        _stop.Dispose();
    }
}
