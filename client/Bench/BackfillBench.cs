using ActorCluster.Client.Commands;
using ActorCluster.Client.Sample;

namespace ActorCluster.Client.Bench;

/// <summary>
/// <c>bench backfill</c>: generates the simulator's file (and a smaller one), loads each into a fresh silo per storage
/// through the real console, and runs the pure-analytics loop over the large file in the same run.
/// </summary>
public static class BackfillBench
{
    public static async Task<BackfillBenchReport> RunAsync(BackfillBenchSettings s, Action<string> progress, CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        var loadStart = MachineLoad.OneMinute();
        Directory.CreateDirectory(s.WorkDirectory);
        var files = new List<(string Path, int Asins)>();
        try
        {
            foreach (var asins in s.SmallAsins > 0 ? [s.Asins, s.SmallAsins] : new[] { s.Asins })
            {
                var path = Path.Combine(s.WorkDirectory, $"simulated-{asins}x{s.Days}.csv");
                progress($"generating {asins} ASINs x {s.Days} days into {path}");
                using (var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(false), 1 << 16))
                    SimulatedFeed.Write(w, SampleCommand.Scenario(asins, s.Days, 8, DateTime.UtcNow.Date.AddDays(-1), 1));
                files.Add((path, asins));
            }
            var loads = new List<BackfillBenchResult>();
            var failed = new Dictionary<string, string>();
            foreach (var storage in s.Storages)
            {
                // The small file only where memory is compared: on the local profile.
                foreach (var (path, asins) in storage == BenchStorage.Sqlite ? files : files.Take(1))
                {
                    try { loads.Add(await BackfillBenchLoad.RunAsync(s, storage, path, asins, progress, ct)); }
                    catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
                    {
                        failed[$"{storage.ToString().ToLowerInvariant()} {asins}"] = e.Message;
                        progress($"{storage} {asins} failed: {e.Message}");
                    }
                }
            }
            progress("pure-analytics loop over the large file, in-process");
            var analytics = BackfillAnalyticsLoop.Run(files[0].Path, s.BatchSize);
            return new BackfillBenchReport(started, BenchReport.DescribeMachine(), loadStart, MachineLoad.OneMinute(), s.Parallelism, s.BatchSize,
                loads, analytics, failed);
        }
        finally
        {
            foreach (var (path, _) in files) File.Delete(path);
        }
    }
}
