using System.Diagnostics;

namespace ActorCluster.Client.Bench;

/// <summary>
/// Closed-loop load: a fixed number of callers, each issuing its next call as soon as the last returns,
/// until the round's time is up. Throughput counts every call that completed, over the time until the
/// last one did, so calls in flight at the deadline are neither lost nor given free time.
/// </summary>
public static class LoadRunner
{
    /// <param name="call">One call by caller <c>worker</c>; returns the observations it carried.</param>
    public static async Task<RoundResult> RunAsync(int workers, TimeSpan duration, Func<int, Task<int>> call, CancellationToken ct)
    {
        var latencies = new List<long>[workers];
        var observations = new long[workers];
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var tasks = new Task[workers];
        for (var w = 0; w < workers; w++)
        {
            var worker = w;
            tasks[w] = Task.Run(async () =>
            {
                var mine = latencies[worker] = new List<long>(4096);
                long carried = 0;
                for (var t0 = Stopwatch.GetTimestamp(); t0 < end && !ct.IsCancellationRequested; t0 = Stopwatch.GetTimestamp())
                {
                    carried += await call(worker);
                    mine.Add(Stopwatch.GetTimestamp() - t0);
                }
                observations[worker] = carried;
            }, ct);
        }
        await Task.WhenAll(tasks);
        var elapsed = Stopwatch.GetElapsedTime(start);
        ct.ThrowIfCancellationRequested();

        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new RoundResult(all.Length, observations.Sum(), elapsed, PercentileMs(all, 0.50), PercentileMs(all, 0.99));
    }

    private static double PercentileMs(long[] sortedTicks, double p)
    {
        if (sortedTicks.Length == 0) return double.NaN;
        var i = (int)Math.Min(sortedTicks.Length - 1, Math.Ceiling(p * sortedTicks.Length) - 1);
        return sortedTicks[Math.Max(0, i)] * 1000.0 / Stopwatch.Frequency;
    }
}
