using System.Diagnostics;
using System.Text;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests.Faults;

/// <summary>
/// One silo process of a <see cref="FaultCluster"/> (cluster profile) that can be killed (SIGKILL), stopped gracefully
/// (SIGTERM) and started again on the same ports. The PostgreSQL connection string goes through the environment.
/// </summary>
public sealed class FaultSilo : IAsyncDisposable
{
    private readonly string[] _args;
    private readonly string _postgres;
    private readonly StringBuilder _log = new();
    private Process? _process;

    public FaultSilo(int index, string postgres, string[] args)
    {
        Index = index;
        _postgres = postgres;
        _args = args;
        (HttpPort, SiloPort, GatewayPort) = (RepoPaths.FreePort(), RepoPaths.FreePort(), RepoPaths.FreePort());
        DataDirectory = RepoPaths.NewTempDir();
    }

    public int Index { get; }
    public int HttpPort { get; }
    public int SiloPort { get; }
    public int GatewayPort { get; }
    public string DataDirectory { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}/");
    public bool IsRunning => _process is { HasExited: false };
    public int? ProcessId => IsRunning ? _process!.Id : null;
    public string Log { get { lock (_log) return _log.ToString(); } }

    /// <summary>Starts the process and waits until /health/ready answers (storage and a grain call work).</summary>
    public async Task StartAsync(TimeSpan timeout)
    {
        if (IsRunning) throw new InvalidOperationException($"silo {Index} is already running");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = DataDirectory,
        };
        foreach (var a in (string[])[RepoPaths.SiloDll, "--urls", BaseAddress.ToString().TrimEnd('/'), "--ActorCluster:DataDirectory", DataDirectory,
                     "--ActorCluster:SiloPort", SiloPort.ToString(), "--ActorCluster:GatewayPort", GatewayPort.ToString(), .. _args])
            psi.ArgumentList.Add(a);
        psi.Environment["ActorCluster__Postgres"] = _postgres;
        lock (_log) _log.AppendLine($"---- start {DateTime.UtcNow:HH:mm:ss.fff}");
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) { await _process.WaitForExitAsync(); throw new InvalidOperationException($"silo {Index} exited with {_process.ExitCode}:\n{Tail()}"); }
            try { if ((await http.GetAsync("health/ready")).IsSuccessStatusCode) return; }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"silo {Index} not ready within {timeout}:\n{Tail()}");
    }

    /// <summary>SIGKILL: no deactivation, no goodbye to the membership table.</summary>
    public async Task KillAsync()
    {
        if (!IsRunning) return;
        _process!.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as <c>docker stop</c> or Kubernetes send it; returns the exit code and how long the stop took.</summary>
    public async Task<(int ExitCode, TimeSpan Took)> TerminateAsync(TimeSpan timeout)
    {
        if (!IsRunning) throw new InvalidOperationException($"silo {Index} is not running");
        var started = Stopwatch.GetTimestamp();
        using (var kill = Process.Start("kill", ["-TERM", _process!.Id.ToString()])) await kill.WaitForExitAsync();
        using var cts = new CancellationTokenSource(timeout);
        try { await _process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { await KillAsync(); throw new TimeoutException($"silo {Index} did not stop within {timeout} of SIGTERM:\n{Tail()}"); }
        return (_process.ExitCode, Stopwatch.GetElapsedTime(started));
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    public string Tail(int lines = 40) => string.Join('\n', Log.Split('\n').TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { }
    }
}
