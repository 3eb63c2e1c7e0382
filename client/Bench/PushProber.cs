using System.Diagnostics;

namespace ActorCluster.Client.Bench;

/// <summary>What one scenario's probing produced.</summary>
public sealed record PushProbeRun(IReadOnlyList<PushSample> Samples, int NoTransition, int TimedOut, TimeSpan Measured, bool RanOutOfDays);

/// <summary>
/// Runs the probes: <see cref="PushSettings.ProbeWorkers"/> workers, each owning every W-th probe ASIN and stepping
/// through them in turn, one call at a time. A measured step opens the tracker, takes t0, ingests, then asks the grain
/// which pushed transitions that call produced: none is a skipped probe; otherwise it waits (up to
/// <see cref="PushSettings.DeliveryTimeout"/>) for every client to receive it.
/// </summary>
public sealed class PushProber(PushProbeFeed feed, PushIngest ingest, IClusterClient cluster, PushSettings settings)
{
    private readonly long[] _last = new long[feed.Count];
    private readonly IAsinGrain[] _grains = [.. feed.Asins.Select(a => cluster.GetGrain<IAsinGrain>(a))];

    /// <summary>Gives every probe ASIN its steady history and notes its last alert sequence.</summary>
    public Task PrefillAsync(CancellationToken ct) =>
        Parallel.ForAsync(0, feed.Count, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (i, c) =>
        {
            await ingest.IngestAsync(feed.Asin(i), feed.History(i), c);
            _last[i] = (await _grains[i].GetAlerts(0, 1, notifiedOnly: true)).LastSequence;
        });

    /// <summary>Probes for <paramref name="warmUp"/> (not recorded), then records for <paramref name="duration"/>, longer
    /// (up to three durations) until <paramref name="minSamples"/> samples are in.</summary>
    public async Task<PushProbeRun> RunAsync(PushDeliveryTracker tracker, TimeSpan warmUp, TimeSpan duration, int minSamples, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        var recordFrom = start + Ticks(warmUp);
        var state = new RunState(recordFrom, recordFrom + Ticks(duration), recordFrom + 3 * Ticks(duration), minSamples);
        await Task.WhenAll(Enumerable.Range(0, settings.ProbeWorkers).Select(w => Task.Run(() => WorkAsync(w, tracker, state, ct), ct)));
        lock (state)
            return new PushProbeRun([.. state.Samples], state.NoTransition, state.TimedOut,
                Stopwatch.GetElapsedTime(recordFrom), state.RanOutOfDays);
    }

    private async Task WorkAsync(int worker, PushDeliveryTracker tracker, RunState state, CancellationToken ct)
    {
        var mine = Enumerable.Range(0, feed.Count).Where(i => i % settings.ProbeWorkers == worker).ToArray();
        for (var k = 0; ; k++)
        {
            var now = Stopwatch.GetTimestamp();
            if (now >= state.HardEnd) return;
            if (now >= state.End) lock (state) if (state.Samples.Count >= state.MinSamples) return;
            var i = mine[k % mine.Length];
            if (feed.Exhausted(i)) { lock (state) state.RanOutOfDays = true; return; }
            var step = feed.Next(i);
            if (!step.Measured)
            {
                await ingest.IngestAsync(feed.Asin(i), step.Observations, ct);
                _last[i] = (await _grains[i].GetAlerts(_last[i], 1, notifiedOnly: true)).LastSequence;
                continue;
            }
            await ProbeAsync(i, step, tracker, state, ct);
            if (settings.ProbeGap > TimeSpan.Zero) await Task.Delay(settings.ProbeGap, ct);
        }
    }

    private async Task ProbeAsync(int i, PushProbeStep step, PushDeliveryTracker tracker, RunState state, CancellationToken ct)
    {
        var after = _last[i];
        tracker.Begin(i, after);
        var wall0 = DateTime.UtcNow;
        var t0 = Stopwatch.GetTimestamp();
        await ingest.IngestAsync(feed.Asin(i), step.Observations, ct);
        var ack = Stopwatch.GetTimestamp();
        var view = await _grains[i].GetAlerts(after, 100, notifiedOnly: true);
        _last[i] = view.LastSequence;
        var record = t0 >= state.RecordFrom;
        if (view.History.Count == 0)
        {
            tracker.Close(i);
            if (record) lock (state) state.NoTransition++;
            return;
        }
        var arrivals = await tracker.CompleteAsync(i, PushSettings.DeliveryTimeout, ct);
        if (!record) return;
        if (arrivals.All(a => a == 0)) { lock (state) state.TimedOut++; return; }
        var sample = new PushSample(view.History[0].Kind, Ms(ack - t0), (view.History[0].RaisedAt - wall0).TotalMilliseconds,
            [.. arrivals.Select(a => a == 0 ? double.NaN : Ms(a - t0))]);
        lock (state) state.Samples.Add(sample);
    }

    private static long Ticks(TimeSpan t) => (long)(t.TotalSeconds * Stopwatch.Frequency);

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private sealed class RunState(long recordFrom, long end, long hardEnd, int minSamples)
    {
        public int MinSamples { get; } = minSamples;
        public long RecordFrom { get; } = recordFrom;
        public long End { get; } = end;
        public long HardEnd { get; } = hardEnd;
        public List<PushSample> Samples { get; } = [];
        public int NoTransition { get; set; }
        public int TimedOut { get; set; }
        public bool RanOutOfDays { get; set; }
    }
}
