using System.Diagnostics;

namespace ActorCluster.Client.Bench;

/// <summary>One memory sample: seconds since the measurement began and each silo's resident set size in bytes.</summary>
public sealed record LoadMemorySample(double Seconds, IReadOnlyList<long> RssBytes)
{
    public long TotalBytes => RssBytes.Sum();
}

/// <summary>
/// Samples the silo processes' resident memory (RSS, what the OS has to give them) every few seconds in the background.
/// <see cref="GrowthAfterWarmUp"/> compares the mean of the last third of the samples with the middle third: a silo that
/// keeps growing once warm shows a clear positive value; the first third (activations, JIT, pools) is left out.
/// </summary>
public sealed class LoadMemorySampler(IReadOnlyList<int> pids, TimeSpan every) : IAsyncDisposable
{
    private readonly List<LoadMemorySample> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public IReadOnlyList<LoadMemorySample> Samples { get { lock (_samples) return [.. _samples]; } }

    public void Start()
    {
        var start = Stopwatch.GetTimestamp();
        _loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(every);
            do
            {
                var rss = pids.Select(Rss).ToList();
                lock (_samples) _samples.Add(new LoadMemorySample(Stopwatch.GetElapsedTime(start).TotalSeconds, rss));
            }
            while (await WaitAsync(timer));
        });
    }

    private async Task<bool> WaitAsync(PeriodicTimer timer)
    {
        try { return await timer.WaitForNextTickAsync(_stop.Token); }
        catch (OperationCanceledException) { return false; }
    }

    private static long Rss(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return p.WorkingSet64;
        }
        catch (ArgumentException) { return 0; }
        catch (InvalidOperationException) { return 0; }
    }

    /// <summary>Mean total RSS of the last third of the samples over that of the middle third, minus one (0.05 = 5% more);
    /// NaN with fewer than six samples.</summary>
    public static double GrowthAfterWarmUp(IReadOnlyList<LoadMemorySample> samples)
    {
        if (samples.Count < 6) return double.NaN;
        var third = samples.Count / 3;
        var middle = samples.Skip(third).Take(third).Average(s => (double)s.TotalBytes);
        var last = samples.Skip(samples.Count - third).Average(s => (double)s.TotalBytes);
        return last / middle - 1;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null) await _loop;
        _stop.Dispose();
    }
}
