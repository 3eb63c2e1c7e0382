using System.Diagnostics;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests.Faults;

/// <summary>
/// A PostgreSQL of the test's own (deploy/pg-start.sh with its own ACTORCLUSTER_PG_DIR and port), so stopping it hurts
/// no other test. <see cref="StopAsync"/> is <c>pg_ctl stop -m fast</c> (sessions cut, committed data kept);
/// <see cref="StartAgainAsync"/> brings the same cluster back on the same port.
/// </summary>
public sealed class DedicatedPostgres : IAsyncDisposable
{
    private DedicatedPostgres(string dir, int port, string connectionString)
    {
        Directory_ = dir;
        Port = port;
        ConnectionString = connectionString;
    }

    private string Directory_ { get; }
    public int Port { get; }
    public string ConnectionString { get; }

    public static async Task<DedicatedPostgres> StartAsync()
    {
        // Short path: the Unix socket lives under it.
        var dir = Path.Combine(Path.GetTempPath(), "acpg-" + Guid.NewGuid().ToString("N")[..8]);
        var port = RepoPaths.FreePort();
        var output = await ScriptAsync("pg-start.sh", dir, port);
        var line = output.Split('\n').Single(l => l.StartsWith("export ACTORCLUSTER_PG=", StringComparison.Ordinal));
        return new DedicatedPostgres(dir, port, line["export ACTORCLUSTER_PG=".Length..].Trim('\''));
    }

    public Task StopAsync() => ScriptAsync("pg-stop.sh", Directory_, Port);

    public Task StartAgainAsync() => ScriptAsync("pg-start.sh", Directory_, Port);

    private static async Task<string> ScriptAsync(string script, string dir, int port)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(RepoPaths.Root, "deploy", script));
        psi.Environment["ACTORCLUSTER_PG_DIR"] = dir;
        psi.Environment["ACTORCLUSTER_PG_PORT"] = port.ToString();
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{script} failed ({p.ExitCode}): {await stderr}");
        return await stdout;
    }

    public async ValueTask DisposeAsync()
    {
        try { await StopAsync(); }
        catch (InvalidOperationException) { }
        try { Directory.Delete(Directory_, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
