using System.Diagnostics;
using System.Text;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests.Browser;

/// <summary>
/// A local-profile silo process on ports chosen once, so it can be killed and started again where a page opened
/// before the restart expects it (<see cref="SiloProcess"/> picks a new HTTP port on every start).
/// </summary>
public sealed class FixedPortSilo(string dataDir, params string[] extraArgs) : IAsyncDisposable
{
    private readonly int _http = RepoPaths.FreePort(), _gateway = RepoPaths.FreePort(), _silo = RepoPaths.FreePort();
    private readonly StringBuilder _log = new();
    private Process? _process;

    public Uri BaseAddress => new($"http://127.0.0.1:{_http}/");

    public string Log { get { lock (_log) return _log.ToString(); } }

    public async Task StartAsync()
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = dataDir };
        foreach (var a in (string[])[RepoPaths.SiloDll, "--urls", BaseAddress.ToString().TrimEnd('/'), "--ActorCluster:DataDirectory", dataDir,
                     "--ActorCluster:GatewayPort", _gateway.ToString(), "--ActorCluster:SiloPort", _silo.ToString(), .. extraArgs])
            psi.ArgumentList.Add(a);
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is { } l) lock (_log) _log.AppendLine(l); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is { } l) lock (_log) _log.AppendLine(l); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"silo exited with {_process.ExitCode}:\n{Log}");
            try { if ((await http.GetAsync("health/ready")).IsSuccessStatusCode) return; }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"silo not ready:\n{Log}");
    }

    /// <summary>SIGKILL, as a crash would.</summary>
    public async Task KillAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await KillAsync();
}
