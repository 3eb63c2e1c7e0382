using System.Globalization;

namespace ActorCluster.Client.Bench;

/// <summary>What one <c>bench push</c> run measures, checked before any process is started.</summary>
public sealed record PushSettings(
    string SiloDll,
    TimeSpan Duration,
    TimeSpan WarmUp,
    IReadOnlyList<int> Clients,
    IReadOnlyList<int> LoadRates,
    int ProbeAsins,
    int ProbeWorkers,
    TimeSpan ProbeGap,
    int QuietDays,
    int LoadAsins,
    int LoadBatch,
    int MinSamples,
    BenchStorage Storage,
    PushIngestPath Ingest,
    AlertClient.AlertHubProtocol Protocol,
    string? Postgres,
    FileInfo? Out)
{
    /// <summary>How long a transition the grain reports may take to reach a client before it counts as lost.</summary>
    public static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Parses the raw option values; on failure <paramref name="error"/> names every bad argument.</summary>
    public static PushSettings? TryCreate(PushRawArgs a, out string? error)
    {
        var errors = new List<string>();
        var duration = Seconds(a.Duration, "--duration", 1, 600, errors);
        var warmUp = Seconds(a.WarmUp, "--warmup", 0, 60, errors);
        var clients = List(a.Clients, "--clients", 1, 1000, errors);
        var load = List(a.Load, "--load", 0, 1_000_000, errors);
        var probeAsins = Count(a.ProbeAsins, "--probe-asins", 1, 10_000, errors);
        var workers = Count(a.ProbeWorkers, "--probe-workers", 1, 256, errors);
        if (probeAsins > 0 && workers > probeAsins) errors.Add($"--probe-workers ({workers}) must be at most --probe-asins ({probeAsins}): each worker owns its ASINs");
        var gap = Count(a.ProbeGap, "--probe-gap", 0, 60_000, errors);
        var quiet = Count(a.QuietDays, "--quiet-days", 0, 365, errors);
        var loadAsins = Count(a.LoadAsins, "--load-asins", 1, 1_000_000, errors);
        var loadBatch = Count(a.LoadBatch, "--load-batch", 1, 10_000, errors);
        var minSamples = Count(a.MinSamples, "--min-samples", 0, 1_000_000, errors);
        var storage = Parse(a.Storage, "--storage", errors, ("memory", BenchStorage.Memory), ("sqlite", BenchStorage.Sqlite), ("postgres", BenchStorage.Postgres));
        var ingest = Parse(a.Ingest, "--ingest", errors, ("http", PushIngestPath.Http), ("orleans", PushIngestPath.Orleans));
        var protocol = Parse(a.Protocol, "--protocol", errors,
            ("json", AlertClient.AlertHubProtocol.Json), ("messagepack", AlertClient.AlertHubProtocol.MessagePack));

        var pg = string.Equals(a.Postgres, "env", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(a.Postgres)
            ? Environment.GetEnvironmentVariable("ACTORCLUSTER_PG") : a.Postgres;
        if (storage == BenchStorage.Postgres && string.IsNullOrWhiteSpace(pg))
            errors.Add("--storage postgres needs --postgres CONNSTRING or ACTORCLUSTER_PG");

        string? dll = null;
        try { dll = SiloLocator.Find(a.Silo); }
        catch (FileNotFoundException e) { errors.Add(e.Message); }
        if (a.Out is { } o && !o.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase) && !o.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase))
            errors.Add($"--out must end in .json or .md, was '{o.Name}'");

        if (errors.Count > 0) { error = string.Join(Environment.NewLine + "error: ", errors); return null; }
        error = null;
        return new PushSettings(dll!, duration, warmUp, clients, load, probeAsins, workers, TimeSpan.FromMilliseconds(gap), quiet,
            loadAsins, loadBatch, minSamples, storage, ingest, protocol, storage == BenchStorage.Postgres ? pg : null, a.Out);
    }

    private static TimeSpan Seconds(string text, string name, double min, double max, List<string> errors)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            errors.Add($"{name} '{text}' is not a number");
        else if (v < min || v > max) errors.Add($"{name} must be {min}..{max} seconds, was {text}");
        else return TimeSpan.FromSeconds(v);
        return TimeSpan.Zero;
    }

    private static int Count(string text, string name, int min, int max, List<string> errors)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)) errors.Add($"{name} '{text}' is not a whole number");
        else if (v < min || v > max) errors.Add($"{name} must be {min}..{max}, was {v}");
        else return v;
        return 0;
    }

    private static List<int> List(string text, string name, int min, int max, List<string> errors)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0) errors.Add($"{name} names no value");
        return [.. parts.Select(p => Count(p, name, min, max, errors)).Distinct()];
    }

    private static T Parse<T>(string text, string name, List<string> errors, params (string Name, T Value)[] choices) where T : struct
    {
        foreach (var (n, v) in choices)
            if (string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase)) return v;
        errors.Add($"{name}: '{text}' is not one of {string.Join(", ", choices.Select(c => c.Name))}");
        return default;
    }
}
