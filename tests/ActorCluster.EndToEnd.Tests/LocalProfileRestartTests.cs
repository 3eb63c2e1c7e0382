using System.Text.Json;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests;

/// <summary>
/// The real `local` profile: a silo process on SQLite, a backfill by the real console, the process
/// killed (SIGKILL, no graceful flush) and started again on the same data folder: status is unchanged.
/// </summary>
public sealed class LocalProfileRestartTests
{
    [Fact]
    public async Task Backfilled_state_survives_a_killed_and_restarted_silo()
    {
        var dir = RepoPaths.NewTempDir();
        var file = Path.Combine(dir, "feed.csv");
        var gateway = RepoPaths.FreePort();
        var sample = await ClientProcess.RunAsync("sample", "--asins", "25", "--days", "420", "--seed", "3", "--out", file);
        Assert.True(sample.ExitCode == 0, sample.ToString());

        string[] asins = ["B000000000", "B000000012", "B000000024"];
        var before = new List<string>();
        await using (var silo = await SiloProcess.StartAsync(dir, gateway))
        {
            var backfill = await ClientProcess.RunAsync("backfill", file, "--gateway-port", gateway.ToString());
            Assert.True(backfill.ExitCode == 0, backfill.ToString());
            Assert.Contains("10500 rows, 25 ASINs", backfill.StdOut);
            Assert.Contains("accepted 10500", backfill.StdOut);
            foreach (var asin in asins) before.Add(await StatusJson(asin, gateway));
            await silo.KillAsync();
        }

        await using (var silo = await SiloProcess.StartAsync(dir, gateway))
        {
            for (int i = 0; i < asins.Length; i++)
            {
                var after = await StatusJson(asins[i], gateway);
                Assert.Equal(Comparable(before[i]), Comparable(after));
            }
            using var doc = JsonDocument.Parse(before[0]);
            Assert.Equal(420, doc.RootElement.GetProperty("Counts").GetProperty("Accepted").GetInt64());
            Assert.Equal(400, doc.RootElement.GetProperty("WindowCount").GetInt32());
        }
    }

    private static async Task<string> StatusJson(string asin, int gateway)
    {
        var r = await ClientProcess.RunAsync("status", asin, "--json", "--gateway-port", gateway.ToString());
        Assert.True(r.ExitCode == 0, r.ToString());
        return r.StdOut;
    }

    // Everything but the hosting silo's identity, which changes with the process.
    private static string Comparable(string statusJson)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(statusJson)!.AsObject();
        node.Remove("HostedOn");
        return node.ToJsonString();
    }
}
