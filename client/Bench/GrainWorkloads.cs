namespace ActorCluster.Client.Bench;

/// <summary>
/// The grain calls the bench times. Caller <c>w</c> of <c>C</c> owns ASINs w, w+C, w+2C… and cycles through
/// them, so calls never queue behind one another on a grain and each ASIN's periods stay consecutive.
/// </summary>
public sealed class GrainWorkloads
{
    /// <summary>The default Asin:WindowLength: after the prefill every state blob has its steady-state size.</summary>
    public const int PrefillDays = 400;

    private readonly ObservationFeed _feed;
    private readonly int _workers;
    private readonly int _batchSize;
    private readonly int[] _cursor;
    // References made once: creating them is client work that is not part of a call.
    private readonly IAsinGrain[] _grains;
    private readonly IEchoGrain[] _echo;
    private long _unexpected;
    private string? _firstUnexpected;

    public GrainWorkloads(IClusterClient client, ObservationFeed feed, int workers, int batchSize)
    {
        _feed = feed;
        _workers = workers;
        _batchSize = batchSize;
        _cursor = new int[workers];
        _grains = [.. Enumerable.Range(0, feed.Count).Select(i => client.GetGrain<IAsinGrain>(feed.Asin(i)))];
        // Keyed by the ASIN like the ingest, so the ceiling pays the same addressing: one activation per key.
        _echo = [.. Enumerable.Range(0, feed.Count).Select(i => client.GetGrain<IEchoGrain>(feed.Asin(i)))];
    }

    /// <summary>Observations that did not come back Accepted (a bench bug or a grain rule change), with the first reason.</summary>
    public long Unexpected => Interlocked.Read(ref _unexpected);
    public string? FirstUnexpected => _firstUnexpected;

    public async Task<int> Echo(int worker)
    {
        var i = NextAsin(worker);
        await _echo[i].Echo(_feed.Peek(i));
        return 1;
    }

    public async Task<int> IngestOne(int worker)
    {
        var i = NextAsin(worker);
        Check(i, await _grains[i].Ingest(_feed.Next(i)));
        return 1;
    }

    public async Task<int> IngestBatch(int worker)
    {
        var i = NextAsin(worker);
        foreach (var r in await _grains[i].IngestBatch(_feed.NextBatch(i, _batchSize))) Check(i, r);
        return _batchSize;
    }

    /// <summary>Activates every ASIN and fills its window once, each caller over its own ASINs.</summary>
    public Task PrefillAsync(CancellationToken ct) =>
        Task.WhenAll(Enumerable.Range(0, _workers).Select(w => Task.Run(async () =>
        {
            for (var i = w; i < _feed.Count; i += _workers)
            {
                ct.ThrowIfCancellationRequested();
                foreach (var r in await _grains[i].IngestBatch(_feed.NextBatch(i, PrefillDays))) Check(i, r);
            }
        }, ct)));

    private int NextAsin(int worker)
    {
        var c = _cursor[worker];
        var index = worker + c * _workers;
        if (index >= _feed.Count) (c, index) = (0, worker);
        _cursor[worker] = c + 1;
        return index;
    }

    private void Check(int index, IngestResult r)
    {
        if (r.Status == IngestStatus.Accepted) return;
        if (Interlocked.Increment(ref _unexpected) == 1)
            _firstUnexpected = $"{_feed.Asin(index)} {r.PeriodStart:yyyy-MM-dd}: {r.Status} {r.Reason}";
    }
}
