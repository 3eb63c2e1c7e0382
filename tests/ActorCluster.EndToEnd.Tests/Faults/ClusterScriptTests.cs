using System.Diagnostics;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests.Faults;

/// <summary>deploy/cluster.sh end to end: start two silos, list them, kill -9 one, see it dead, restart it, stop all.</summary>
public sealed class ClusterScriptTests
{
    [Fact]
    public async Task Cluster_script_starts_lists_kills_restarts_and_stops_silos()
    {
        var dir = RepoPaths.NewTempDir();
        var id = "script" + Guid.NewGuid().ToString("N")[..8];
        // Ports of our own, so a developer's `cluster.sh start` on the defaults is not touched.
        var env = new Dictionary<string, string>
        {
            ["ACTORCLUSTER_CLUSTER_DIR"] = dir, ["ACTORCLUSTER_CLUSTER_ID"] = id, ["ACTORCLUSTER_SILO_DLL"] = RepoPaths.SiloDll,
            ["ACTORCLUSTER_BASE_HTTP"] = Base(), ["ACTORCLUSTER_BASE_SILO"] = Base(), ["ACTORCLUSTER_BASE_GATEWAY"] = Base(),
        };
        try
        {
            var start = await RunAsync(env, "start", "2");
            Assert.True(start.Code == 0, start.Output);
            var list = await RunAsync(env, "list");
            Assert.Equal(2, list.Output.Split('\n').Count(l => l.Contains(" running ") && l.TrimEnd().EndsWith("yes", StringComparison.Ordinal)));

            Assert.Equal(0, (await RunAsync(env, "kill", "1")).Code);
            list = await RunAsync(env, "list");
            Assert.Contains(list.Output.Split('\n'), l => l.StartsWith("1 ", StringComparison.Ordinal) && l.Contains(" dead "));

            var restart = await RunAsync(env, "restart", "1");
            Assert.True(restart.Code == 0, restart.Output);
            list = await RunAsync(env, "list");
            Assert.Equal(2, list.Output.Split('\n').Count(l => l.Contains(" running ")));

            var stop = await RunAsync(env, "stop");
            Assert.True(stop.Code == 0, stop.Output);
            Assert.Equal(2, stop.Output.Split('\n').Count(l => l.Contains("stopped gracefully")));
        }
        finally
        {
            await RunAsync(env, "stop");
        }
    }

    // A block of ten free-looking ports: silo i uses base + i.
    private static string Base() => (RepoPaths.FreePort() / 10 * 10 - 10).ToString();

    private static async Task<(int Code, string Output)> RunAsync(Dictionary<string, string> env, params string[] args)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(RepoPaths.Root, "deploy", "cluster.sh"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, await stdout + await stderr);
    }
}
