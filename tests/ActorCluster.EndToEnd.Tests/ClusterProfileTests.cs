using System.Text.Json;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests;

/// <summary>
/// The `cluster` profile with real processes: two silos find each other through PostgreSQL (ADO.NET
/// clustering), the console finds them the same way, and the ASINs it loads spread over both silos.
/// </summary>
public sealed class ClusterProfileTests
{
    [Fact]
    public async Task Two_silos_on_postgres_clustering_share_the_asins_the_console_loads()
    {
        var pg = Environment.GetEnvironmentVariable("ACTORCLUSTER_PG");
        Assert.False(string.IsNullOrEmpty(pg), "ACTORCLUSTER_PG is not set: run the tests through deploy/test.sh");
        var id = "e2e" + Guid.NewGuid().ToString("N")[..10];
        string[] profile = ["--ActorCluster:Profile", "cluster", "--ActorCluster:ClusterId", id, "--ActorCluster:ServiceId", id, .. TestKeys.AdminArgs];
        string[] target = ["--postgres", "env", "--cluster-id", id, "--service-id", id];
        var dir = RepoPaths.NewTempDir();
        var file = Path.Combine(dir, "feed.csv");
        Assert.Equal(0, (await ClientProcess.RunAsync("sample", "--asins", "24", "--days", "60", "--out", file)).ExitCode);

        await using var a = await SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs: profile);
        await using var b = await SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs: profile);
        await Membership.WaitActiveAsync(id, 2, TimeSpan.FromSeconds(60));
        var backfill = await ClientProcess.RunAsync(["backfill", file, .. target]);
        Assert.True(backfill.ExitCode == 0, backfill.ToString());
        Assert.Contains("accepted 1440", backfill.StdOut);

        var hosts = new HashSet<string>();
        for (int i = 0; i < 24; i++)
        {
            var status = await ClientProcess.RunAsync(["status", $"B{i:D9}", "--json", .. target]);
            Assert.True(status.ExitCode == 0, status.ToString());
            using var doc = JsonDocument.Parse(status.StdOut);
            Assert.Equal(60, doc.RootElement.GetProperty("Counts").GetProperty("Accepted").GetInt64());
            hosts.Add(doc.RootElement.GetProperty("HostedOn").GetString()!);
        }
        Assert.Equal(2, hosts.Count);
    }
}
