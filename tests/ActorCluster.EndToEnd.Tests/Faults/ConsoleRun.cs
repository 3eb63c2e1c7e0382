using System.Diagnostics;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests.Faults;

/// <summary>
/// The real <c>actorcluster</c> console for long runs (a backfill of 365,000 rows through a silo failure on a busy
/// machine): like <see cref="ClientProcess"/>, with a deadline given by the test instead of three minutes.
/// </summary>
public static class ConsoleRun
{
    public static async Task<ClientProcess.Result> RunAsync(TimeSpan timeout, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        psi.ArgumentList.Add(RepoPaths.ClientDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try { await p.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException)
        {
            p.Kill(true);
            throw new TimeoutException($"actorcluster {string.Join(' ', args)} did not finish within {timeout}: {await stderr}");
        }
        return new ClientProcess.Result(p.ExitCode, await stdout, await stderr);
    }
}
