using System.Text.Json;
using ActorCluster.EndToEnd.Tests.Processes;
using Xunit.Abstractions;

namespace ActorCluster.EndToEnd.Tests.Faults;

/// <summary>
/// <c>actorcluster cluster status</c> on a live two-silo cluster, then SIGTERM of one silo after ingest: it exits 0 within
/// its shutdown timeout, leaves the membership table itself (Dead at once, not after the others' probes), and after a
/// restart every acknowledged observation is there.
/// </summary>
public sealed class GracefulShutdownTests(ITestOutputHelper output)
{
    /// <summary>The silo's default ActorCluster:ShutdownTimeout plus start-up slack for the process.</summary>
    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task Cluster_status_shows_the_silos_and_SIGTERM_hands_over_gracefully_losing_nothing()
    {
        await using var cluster = await FaultCluster.StartAsync("stop", 2);
        var feeder = new IngestFeeder([() => cluster.Http(cluster.Silos[0]), () => cluster.Http(cluster.Silos[1])], workers: 2, asinsPerWorker: 10,
            firstDayAgo: 29, pause: TimeSpan.Zero);
        await feeder.RunAsync(CancellationToken.None);
        Assert.All(feeder.Requests, r => Assert.True(IngestFeeder.IsSuccess(r), $"{r.Status}: {r.Body}"));

        var status = await ClientProcess.RunAsync(["cluster", "status", "--json", .. cluster.ClientTarget]);
        Assert.True(status.ExitCode == 0, status.ToString());
        using (var doc = JsonDocument.Parse(status.StdOut))
        {
            var silos = doc.RootElement.GetProperty("Silos").EnumerateArray().ToList();
            Assert.Equal(2, silos.Count(s => s.GetProperty("Status").GetString() == "Active"));
            Assert.All(silos, s => Assert.True(s.GetProperty("Activations").GetInt32() > 0));
            Assert.All(silos, s => Assert.True(s.GetProperty("MemoryBytes").GetInt64() > 0));
            Assert.Equal(feeder.Asins.Count, doc.RootElement.GetProperty("GrainsByType").GetProperty("AsinGrain").GetInt32());
        }
        var table = await ClientProcess.RunAsync(["cluster", "status", .. cluster.ClientTarget]);
        output.WriteLine(table.StdOut);

        var leaving = cluster.Silos[0];
        var (exitCode, took) = await leaving.TerminateAsync(TimeSpan.FromSeconds(60));
        output.WriteLine($"SIGTERM: exit {exitCode} after {took.TotalSeconds:0.0} s");
        Assert.Equal(0, exitCode);
        Assert.True(took < StopBound, $"the graceful stop took {took.TotalSeconds:0.0} s");
        Assert.Contains("Graceful shutdown complete", leaving.Log);
        // A graceful stop writes its own Dead row; a killed silo would stay Active until the others vote it out.
        var rows = await cluster.MembershipAsync();
        Assert.Contains(rows, r => r.Address.StartsWith($"127.0.0.1:{leaving.SiloPort}:", StringComparison.Ordinal) && r.Status == FaultCluster.DeadStatus);

        await leaving.StartAsync(FaultCluster.StartTimeout);
        await cluster.WaitActiveAsync(2, TimeSpan.FromSeconds(60));
        using var http = cluster.Http(leaving);
        foreach (var (asin, days) in feeder.Acknowledged)
        {
            var snapshot = await AsinSnapshot.ReadAsync(http, asin);
            Assert.Equal(days.Count, snapshot.Accepted);
            Assert.Equal(days.Count, snapshot.WindowCount);
        }
    }
}
