using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ActorCluster.Client.Bench;

/// <summary>
/// A silo child process on free loopback ports with its own temporary data folder and a fresh service id,
/// so a run never sees state from an earlier one. Disposing kills it and deletes what it wrote locally.
/// </summary>
public sealed class BenchSilo : IAsyncDisposable
{
    private const int LogLinesKept = 80;
    private readonly Process _process;
    private readonly Queue<string> _tail = new();

    private BenchSilo(Process process, string dataDirectory, int httpPort, int gatewayPort, string serviceId)
    {
        _process = process;
        DataDirectory = dataDirectory;
        HttpPort = httpPort;
        GatewayPort = gatewayPort;
        ServiceId = serviceId;
    }

    public string DataDirectory { get; }
    public int HttpPort { get; }
    public int GatewayPort { get; }
    /// <summary>The silo process, e.g. to read its CPU time.</summary>
    public int ProcessId => _process.Id;
    /// <summary>Also the cluster id; part of every grain-state key, so PostgreSQL rows of this run can be deleted.</summary>
    public string ServiceId { get; }

    /// <param name="extraArguments">Further silo configuration (e.g. <c>--Alerts:LiveHorizon 3650.00:00:00</c>), appended last so it wins.</param>
    public static async Task<BenchSilo> StartAsync(string siloDll, BenchStorage storage, string? postgres, CancellationToken ct,
        IReadOnlyList<string>? extraArguments = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "actorcluster-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        int http = FreePort(), gateway = FreePort(), siloPort = FreePort();
        var serviceId = $"bench-{storage.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}";
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = dir,
        };
        foreach (var a in (string[])[siloDll, "--urls", $"http://127.0.0.1:{http}", "--ActorCluster:Profile", "local",
                     "--ActorCluster:Storage", storage.ToString(), "--ActorCluster:DataDirectory", dir,
                     "--ActorCluster:GatewayPort", gateway.ToString(), "--ActorCluster:SiloPort", siloPort.ToString(),
                     "--ActorCluster:ServiceId", serviceId, "--ActorCluster:ClusterId", serviceId])
            psi.ArgumentList.Add(a);
        foreach (var a in extraArguments ?? []) psi.ArgumentList.Add(a);
        // Through the environment, not the command line: the password would show in every process listing.
        if (postgres is not null) psi.Environment["ActorCluster__Postgres"] = postgres;
        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start 'dotnet'");
        var silo = new BenchSilo(process, dir, http, gateway, serviceId);
        process.OutputDataReceived += (_, e) => silo.Append(e.Data);
        process.ErrorDataReceived += (_, e) => silo.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await silo.WaitReadyAsync(TimeSpan.FromSeconds(90), ct);
            return silo;
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > LogLinesKept) _tail.Dequeue();
        }
    }

    private string Tail() { lock (_tail) return string.Join(Environment.NewLine, _tail); }

    private async Task WaitReadyAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}/"), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the silo exited with code {_process.ExitCode}:{Environment.NewLine}{Tail()}");
            try
            {
                using var response = await http.GetAsync("health/ready", ct);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            await Task.Delay(250, ct);
        }
        throw new TimeoutException($"the silo did not report ready within {timeout.TotalSeconds:0}s:{Environment.NewLine}{Tail()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Kills the process (its state is throw-away, a graceful stop would only cost time) and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
