using System.Diagnostics;
using System.Text;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests.Security;

/// <summary>
/// A silo process that serves only HTTPS, configured the documented way: <c>Kestrel:Endpoints:Https:Url</c>, the
/// certificate's <c>Path</c>, and its password from a file (<c>PasswordFile</c>). Ready when /health/ready answers
/// over TLS to a client that trusts exactly that certificate.
/// </summary>
public sealed class HttpsSiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private HttpsSiloProcess(Process process, Uri address)
    {
        _process = process;
        BaseAddress = address;
    }

    public Uri BaseAddress { get; }

    public string Log { get { lock (_log) return _log.ToString(); } }

    public static async Task<HttpsSiloProcess> StartAsync(string dataDir, string certificatePath, string passwordFile, HttpClient trusting, params string[] extraArgs)
    {
        int port = RepoPaths.FreePort();
        var address = new Uri($"https://127.0.0.1:{port}/");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = dataDir,
        };
        foreach (var a in (string[])[RepoPaths.SiloDll,
                     "--Kestrel:Endpoints:Https:Url", address.ToString().TrimEnd('/'),
                     "--Kestrel:Endpoints:Https:Certificate:Path", certificatePath,
                     "--Kestrel:Endpoints:Https:Certificate:PasswordFile", passwordFile,
                     "--ActorCluster:DataDirectory", dataDir,
                     "--ActorCluster:GatewayPort", RepoPaths.FreePort().ToString(),
                     "--ActorCluster:SiloPort", RepoPaths.FreePort().ToString(), .. extraArgs])
            psi.ArgumentList.Add(a);
        var silo = new HttpsSiloProcess(Process.Start(psi)!, address);
        silo._process.OutputDataReceived += (_, e) => silo.Append(e.Data);
        silo._process.ErrorDataReceived += (_, e) => silo.Append(e.Data);
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        try
        {
            await silo.WaitReadyAsync(trusting, TimeSpan.FromSeconds(90));
        }
        catch
        {
            await silo.DisposeAsync();   // a silo that never became ready must not outlive the test
            throw;
        }
        return silo;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private async Task WaitReadyAsync(HttpClient trusting, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();
                throw new InvalidOperationException($"silo exited with {_process.ExitCode}:\n{Log}");
            }
            try
            {
                if ((await trusting.GetAsync(new Uri(BaseAddress, "health/ready"))).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"silo not ready over HTTPS within {timeout}:\n{Log}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
