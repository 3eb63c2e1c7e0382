using System.Text.Json;
using ActorCluster.EndToEnd.Tests.Processes;
using Xunit.Abstractions;

namespace ActorCluster.EndToEnd.Tests.Faults;

/// <summary>
/// The CI-short load run: <c>actorcluster bench load</c> for 60 s on 2,000 ASINs with 20 subscribed SignalR clients on a
/// silo of its own (cluster profile, PostgreSQL): zero errors, alerts delivered, and no memory growth once warm (the mean
/// silo RSS of the last third of the samples at most <see cref="MaxGrowth"/> above the middle third). The 15-minute run
/// (20,000 ASINs, 200 clients) is the same command with its defaults; see docs/faults.md.
/// </summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    /// <summary>Allowed RSS growth after warm-up: GC heap sizing wobbles by a few percent, a leak under this load grows steadily.</summary>
    public const double MaxGrowth = 0.15;

    [Fact]
    public async Task A_short_sustained_load_has_no_errors_delivers_alerts_and_does_not_grow_in_memory()
    {
        var report = Path.Combine(RepoPaths.NewTempDir(), "load.json");
        var run = await ClientProcess.RunAsync("bench", "load", "--duration", "60", "--warmup", "10", "--asins", "2000", "--clients", "20",
            "--rate", "2000", "--silos", "1", "--sample-every", "3", "--postgres", "env", "--silo", RepoPaths.SiloDll, "--out", report);
        output.WriteLine(run.StdOut);
        Assert.True(run.ExitCode == 0, run.ToString());

        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var s = doc.RootElement.GetProperty("Scenarios").EnumerateArray().Single();
        Assert.Equal(0, s.GetProperty("Errors").GetInt64());
        Assert.True(s.GetProperty("ObservationsPerSecond").GetDouble() > 0);
        Assert.True(s.GetProperty("Samples").GetInt32() >= 20, $"only {s.GetProperty("Samples").GetInt32()} delivery samples");
        Assert.True(double.IsFinite(s.GetProperty("Delivery").GetProperty("P99").GetDouble()));
        var memory = s.GetProperty("Memory").GetArrayLength();
        Assert.True(memory >= 15, $"only {memory} memory samples");
        var growth = s.GetProperty("MemoryGrowth").GetDouble();
        Assert.True(growth <= MaxGrowth, $"silo memory grew {growth:P1} from the middle to the last third of the run");
    }
}
