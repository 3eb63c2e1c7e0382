using System.Globalization;

namespace ActorCluster.Client.Bench;

/// <summary>
/// What one <c>bench load</c> run does, checked before anything starts: for each silo count, a fresh cluster of that many
/// silo processes on PostgreSQL, sustained ingest over the gateway across <see cref="Asins"/> ASINs at <see cref="Rate"/>
/// observations/s (0: as fast as 64 calls in flight go), <see cref="Clients"/> subscribed SignalR clients spread over the
/// silos, alert probes measuring delivery latency, and every silo's memory sampled every <see cref="SampleEvery"/>.
/// </summary>
public sealed record LoadSettings(
    string SiloDll,
    string Postgres,
    TimeSpan Duration,
    TimeSpan WarmUp,
    int Asins,
    int Clients,
    int Rate,
    int Batch,
    IReadOnlyList<int> Silos,
    int ProbeAsins,
    TimeSpan SampleEvery,
    FileInfo? Out)
{
    /// <summary>Calls in flight when unthrottled (--rate 0): PushLoad's own limit.</summary>
    public const double Unthrottled = 10_000_000;

    public double EffectiveRate => Rate == 0 ? Unthrottled : Rate;

    /// <summary>The probe settings <see cref="PushProber"/> works with: 4 workers, 100 ms apart, 10 quiet days per cycle.</summary>
    public PushSettings Probes => new(SiloDll, Duration, WarmUp, [Clients], [Rate], ProbeAsins, Math.Min(4, ProbeAsins), TimeSpan.FromMilliseconds(100),
        10, Asins, Batch, 0, BenchStorage.Postgres, PushIngestPath.Orleans, AlertClient.AlertHubProtocol.Json, Postgres, null);

    public static LoadSettings? TryCreate(IReadOnlyDictionary<string, string> a, string? postgres, string? silo, FileInfo? output, out string? error)
    {
        var errors = new List<string>();
        int Int(string name, int min, int max)
        {
            if (!int.TryParse(a[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)) errors.Add($"{name} '{a[name]}' is not a whole number");
            else if (v < min || v > max) errors.Add($"{name} must be {min}..{max}, was {v}");
            else return v;
            return 0;
        }
        var duration = Int("--duration", 5, 24 * 3600);
        var warmUp = Int("--warmup", 0, 600);
        var asins = Int("--asins", 1, 1_000_000);
        var clients = Int("--clients", 1, 1000);
        var rate = Int("--rate", 0, 1_000_000);
        var batch = Int("--batch", 1, 1000);
        var probes = Int("--probe-asins", 4, 1000);
        var every = Int("--sample-every", 1, 600);
        var silos = a["--silos"].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 16 ? n : -1).ToList();
        if (silos.Count == 0 || silos.Contains(-1)) errors.Add($"--silos '{a["--silos"]}' must be a comma-separated list of counts 1..16");
        var pg = string.Equals(postgres, "env", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(postgres)
            ? Environment.GetEnvironmentVariable("ACTORCLUSTER_PG") : postgres;
        if (string.IsNullOrWhiteSpace(pg)) errors.Add("bench load runs silos on the cluster profile: give --postgres CONNSTRING or set ACTORCLUSTER_PG");
        string? dll = null;
        try { dll = SiloLocator.Find(silo); }
        catch (FileNotFoundException e) { errors.Add(e.Message); }
        if (output is { } o && !o.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase) && !o.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase))
            errors.Add($"--out must end in .json or .md, was '{o.Name}'");
        if (errors.Count > 0) { error = string.Join(Environment.NewLine + "error: ", errors); return null; }
        error = null;
        return new LoadSettings(dll!, pg!, TimeSpan.FromSeconds(duration), TimeSpan.FromSeconds(warmUp), asins, clients, rate, batch,
            silos, probes, TimeSpan.FromSeconds(every), output);
    }
}
