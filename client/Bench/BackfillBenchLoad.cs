using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ActorCluster.Client.Bench;

/// <summary>
/// One file into one fresh silo through the real console (<c>actorcluster backfill</c> as a child process, so its
/// memory is the client's alone), sampling both processes' peak resident memory.
/// </summary>
public static partial class BackfillBenchLoad
{
    public static async Task<BackfillBenchResult> RunAsync(BackfillBenchSettings s, BenchStorage storage, string file, int asins,
        Action<string> progress, CancellationToken ct)
    {
        bool cluster = storage == BenchStorage.Postgres;
        var name = storage.ToString().ToLowerInvariant();
        progress($"{name}: starting a {(cluster ? "cluster-profile" : "local")} silo");
        await using var silo = await BenchSilo.StartAsync(s.SiloDll, storage, cluster ? s.Postgres : null, ct,
            cluster ? ["--ActorCluster:Profile", "cluster", .. UnusedApiKey()] : null);
        try
        {
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            string[] args = [typeof(BackfillBenchLoad).Assembly.Location, "backfill", file, "--parallelism", s.Parallelism.ToString(CultureInfo.InvariantCulture),
                "--batch-size", s.BatchSize.ToString(CultureInfo.InvariantCulture), "--cluster-id", silo.ServiceId, "--service-id", silo.ServiceId,
                "--max-buffered-rows", s.MaxBufferedRows.ToString(CultureInfo.InvariantCulture), "--checkpoint", file + $".{name}.checkpoint", "--fresh", .. cluster ? (string[])["--postgres", "env"] : ["--gateway-port", silo.GatewayPort.ToString(CultureInfo.InvariantCulture)]];
            foreach (var a in args) psi.ArgumentList.Add(a);
            if (cluster) psi.Environment["ACTORCLUSTER_PG"] = s.Postgres;
            progress($"{name}: backfill of {Path.GetFileName(file)} ({new FileInfo(file).Length / 1e6:N0} MB)");
            var wall = Stopwatch.StartNew();
            using var client = Process.Start(psi) ?? throw new InvalidOperationException("could not start the backfill client");
            var stdout = client.StandardOutput.ReadToEndAsync(ct);
            var stderr = ForwardAsync(client.StandardError, progress, name);
            long clientPeak = 0;
            while (!client.HasExited)
            {
                clientPeak = Math.Max(clientPeak, BackfillPeakMemory.Of(client.Id) ?? 0);
                await Task.WhenAny(client.WaitForExitAsync(ct), Task.Delay(100, ct));
            }
            wall.Stop();
            var output = await stdout;
            await stderr;
            var siloPeak = BackfillPeakMemory.Of(silo.ProcessId);
            var m = SummaryLine().Match(output);
            if (client.ExitCode != 0 || !m.Success)
                throw new InvalidOperationException($"backfill exited with {client.ExitCode}: {output.Trim()}");
            long L(string g) => long.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
            return new BackfillBenchResult(name, cluster ? "cluster" : "local", asins, s.Days, new FileInfo(file).Length, L("rows"),
                L("accepted") + L("corrected"), L("rejected"), double.Parse(m.Groups["seconds"].Value, CultureInfo.InvariantCulture),
                wall.Elapsed.TotalSeconds, clientPeak > 0 ? clientPeak : null, siloPeak, m.Value);
        }
        finally
        {
            if (cluster && s.Postgres is not null)
            {
                try { progress($"{name}: deleted {await PostgresGrainRows.DeleteAsync(s.Postgres, silo.ServiceId)} grain-state rows of this run"); }
                catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException) { progress($"{name}: could not delete this run's rows: {e.Message}"); }
            }
        }
    }

    // The cluster profile refuses to start without an API key; the bench makes no HTTP calls that need one.
    private static string[] UnusedApiKey() =>
    [
        "--Auth:Keys:0:Name", "bench", "--Auth:Keys:0:Roles:0", "admin",
        "--Auth:Keys:0:Sha256", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray())),
    ];

    private static async Task ForwardAsync(StreamReader reader, Action<string> progress, string name)
    {
        while (await reader.ReadLineAsync() is { } line) progress($"{name}: {line}");
    }

    [GeneratedRegex(@"(?<rows>\d+) rows, \d+ ASINs in (?<seconds>[\d.]+)s .*?accepted (?<accepted>\d+), corrected (?<corrected>\d+), duplicates \d+, rejected (?<rejected>\d+)")]
    private static partial Regex SummaryLine();
}
