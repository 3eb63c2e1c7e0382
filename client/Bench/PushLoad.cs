using System.Diagnostics;

namespace ActorCluster.Client.Bench;

/// <summary>
/// Background ingest while probes are measured: <c>IAsinGrain.IngestBatch</c> calls over the gateway, each carrying
/// the next consecutive days of one load ASIN, paced by a token bucket to the target observations per second, with
/// at most <see cref="MaxInFlight"/> calls outstanding (fewer than the ASINs, so no two calls overlap on one grain).
/// The load ASINs' periods lie about 55 years back (<see cref="ObservationFeed"/>), outside any live horizon the
/// bench sets, so they are analysed and stored but never judged for alerts and never push anything.
/// </summary>
public sealed class PushLoad : IAsyncDisposable
{
    public const int MaxInFlight = 64;
    public const int PrefillDays = 60;

    private readonly IAsinGrain[] _grains;
    private readonly ObservationFeed _feed;
    private readonly int _batch;
    private readonly SemaphoreSlim _inFlight = new(MaxInFlight);
    private CancellationTokenSource? _stop;
    private Task? _loop;
    private long _accepted, _unexpected, _failed;
    private string? _firstProblem;

    public PushLoad(IClusterClient cluster, int asins, int batch)
    {
        _feed = new ObservationFeed(asins);
        _grains = [.. Enumerable.Range(0, asins).Select(i => cluster.GetGrain<IAsinGrain>(_feed.Asin(i)))];
        _batch = batch;
    }

    /// <summary>Observations the grains returned Accepted.</summary>
    public long Accepted => Interlocked.Read(ref _accepted);

    /// <summary>Observations returned with another status than Accepted.</summary>
    public long Unexpected => Interlocked.Read(ref _unexpected);

    /// <summary>Calls that threw (timeouts, a silo failure).</summary>
    public long FailedCalls => Interlocked.Read(ref _failed);

    /// <summary>The first unexpected result or failure, in words.</summary>
    public string? FirstProblem => _firstProblem;

    /// <summary>Activates every load ASIN and gives it a short history (not timed).</summary>
    public Task PrefillAsync(CancellationToken ct) =>
        Parallel.ForAsync(0, _grains.Length, new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = ct },
            async (i, _) => Count(await _grains[i].IngestBatch(_feed.NextBatch(i, PrefillDays))));

    /// <summary>Starts sending at <paramref name="rate"/> observations per second until <see cref="StopAsync"/>.</summary>
    public void Start(double rate)
    {
        if (_loop is not null) throw new InvalidOperationException("the load is already running");
        _stop = new CancellationTokenSource();
        var token = _stop.Token;
        // A tenth of a second of burst: enough to absorb timer jitter, too little to hide a stall.
        _loop = Task.Run(() => RunAsync(new PushTokenBucket(rate, Math.Max(_batch, rate / 10)), token));
    }

    /// <summary>Stops sending and waits for the calls in flight; the ASINs carry on from their next day on a later start.</summary>
    public async Task StopAsync()
    {
        if (_loop is null) return;
        await _stop!.CancelAsync();
        await _loop;
        _stop.Dispose();
        (_loop, _stop) = (null, null);
    }

    private async Task RunAsync(PushTokenBucket bucket, CancellationToken ct)
    {
        var next = 0;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await bucket.TakeAsync(_batch, ct);
                await _inFlight.WaitAsync(ct);
                var i = next;
                next = (next + 1) % _grains.Length;
                _ = SendAsync(i);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
        // Let the calls in flight finish, so the counts are final, then free the slots for the next start.
        for (var k = 0; k < MaxInFlight; k++) await _inFlight.WaitAsync(CancellationToken.None);
        _inFlight.Release(MaxInFlight);
    }

    private async Task SendAsync(int i)
    {
        try { Count(await _grains[i].IngestBatch(_feed.NextBatch(i, _batch))); }
        catch (Exception e)
        {
            Interlocked.Increment(ref _failed);
            Interlocked.CompareExchange(ref _firstProblem, $"{_feed.Asin(i)}: {e.GetBaseException().Message}", null);
        }
        finally { _inFlight.Release(); }
    }

    private void Count(IngestResult[] results)
    {
        foreach (var r in results)
        {
            if (r.Status == IngestStatus.Accepted) { Interlocked.Increment(ref _accepted); continue; }
            if (Interlocked.Increment(ref _unexpected) == 1) _firstProblem ??= $"{r.PeriodStart:yyyy-MM-dd}: {r.Status} {r.Reason}";
        }
    }

    /// <summary>A snapshot of the accepted count with its time, to turn two of them into a rate.</summary>
    public (long Accepted, long Timestamp) Mark() => (Accepted, Stopwatch.GetTimestamp());

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _inFlight.Dispose();
    }
}
