using System.Diagnostics;
using System.Text;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests.Pull;

/// <summary>The real <c>actorcluster pull</c> as a child process with its own environment (the vendor token), which a test may kill.</summary>
public sealed class PullClientProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new(), _err = new();

    private PullClientProcess(Process process) => _process = process;

    public string StdOut { get { lock (_out) return _out.ToString(); } }
    public string StdErr { get { lock (_err) return _err.ToString(); } }
    public int ExitCode => _process.ExitCode;
    public override string ToString() => $"exit {(_process.HasExited ? _process.ExitCode : -1)}\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";

    public static PullClientProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        psi.ArgumentList.Add(RepoPaths.ClientDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in environment) psi.Environment[k] = v;
        var client = new PullClientProcess(Process.Start(psi)!);
        client._process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (client._out) client._out.AppendLine(e.Data); };
        client._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (client._err) client._err.AppendLine(e.Data); };
        client._process.BeginOutputReadLine();
        client._process.BeginErrorReadLine();
        client._process.StandardInput.Close();
        return client;
    }

    public async Task<PullClientProcess> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try { await _process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { Kill(); throw new TimeoutException($"pull did not finish within {timeout}:\n{this}"); }
        _process.WaitForExit();   // drains the redirected output
        return this;
    }

    /// <summary>SIGKILL: no cleanup, no last cursor write beyond what was already saved.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
