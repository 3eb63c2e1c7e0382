using System.Diagnostics;
using System.Text;

namespace ActorCluster.EndToEnd.Tests.Processes;

/// <summary>A real silo process on the local profile, on free ports, with its own data folder.</summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private SiloProcess(Process process, int httpPort, int gatewayPort)
    {
        _process = process;
        HttpPort = httpPort;
        GatewayPort = gatewayPort;
    }

    public int HttpPort { get; }
    public int GatewayPort { get; }
    public string Log { get { lock (_log) return _log.ToString(); } }
    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}/");

    public int SiloPort { get; private init; }

    public static async Task<SiloProcess> StartAsync(string dataDir, int? gatewayPort = null, int? siloPort = null, params string[] extraArgs)
    {
        int http = RepoPaths.FreePort(), gateway = gatewayPort ?? RepoPaths.FreePort(), silo = siloPort ?? RepoPaths.FreePort();
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = dataDir,
        };
        foreach (var a in (string[])[RepoPaths.SiloDll, "--urls", $"http://127.0.0.1:{http}",
                     "--ActorCluster:DataDirectory", dataDir, "--ActorCluster:GatewayPort", gateway.ToString(),
                     "--ActorCluster:SiloPort", silo.ToString(), .. extraArgs])
            psi.ArgumentList.Add(a);
        var process = Process.Start(psi)!;
        var silo_ = new SiloProcess(process, http, gateway) { SiloPort = silo };
        process.OutputDataReceived += (_, e) => silo_.Append(e.Data);
        process.ErrorDataReceived += (_, e) => silo_.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await silo_.WaitReadyAsync(TimeSpan.FromSeconds(90));
        return silo_;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();   // drains the redirected output so the log holds the reason
                throw new InvalidOperationException($"silo exited with {_process.ExitCode}:\n{Log}");
            }
            try
            {
                if ((await http.GetAsync("health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"silo not ready within {timeout}:\n{Log}");
    }

    /// <summary>SIGKILL: no graceful deactivation, no flush. Only what was written survives.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
