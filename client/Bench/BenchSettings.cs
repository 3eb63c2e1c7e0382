using System.Globalization;

namespace ActorCluster.Client.Bench;

/// <summary>What one bench run measures, checked before any process is started.</summary>
public sealed record BenchSettings(
    string SiloDll,
    TimeSpan Duration,
    int Rounds,
    int Concurrency,
    int Asins,
    int BatchSize,
    IReadOnlyList<BenchStorage> Storages,
    string? Postgres,
    string? PostgresSkipped,
    FileInfo? Out)
{
    /// <summary>Warm-up per workload: enough for tiered JIT to settle, short enough not to dominate the run.</summary>
    public TimeSpan WarmUp => Duration < TimeSpan.FromSeconds(2) ? Duration : TimeSpan.FromSeconds(2);

    /// <summary>Parses the raw option values; on failure <paramref name="error"/> names every bad argument.</summary>
    public static BenchSettings? TryCreate(RawBenchArgs a, out string? error)
    {
        var errors = new List<string>();
        var seconds = Number(a.Duration, "--duration", errors);
        if (seconds is not null && (seconds <= 0 || seconds > 3600)) errors.Add($"--duration must be more than 0 and at most 3600 seconds, was {a.Duration}");
        var rounds = Count(a.Rounds, "--rounds", 1, 1000, errors);
        var concurrency = Count(a.Concurrency, "--concurrency", 1, 10_000, errors);
        var asins = Count(a.Asins, "--asins", 1, 1_000_000, errors);
        // Each worker owns its ASINs, so no two calls queue on one grain and every period is the next one.
        if (asins > 0 && concurrency > 0 && asins < concurrency)
            errors.Add($"--asins ({asins}) must be at least --concurrency ({concurrency}): each concurrent caller owns its own ASINs");
        var batch = Count(a.BatchSize, "--batch-size", 1, 10_000, errors);
        var storages = ParseStorages(a.Storage, errors);

        var pg = a.Postgres;
        if (string.Equals(pg, "env", StringComparison.OrdinalIgnoreCase)) pg = null;
        pg = string.IsNullOrWhiteSpace(pg) ? Environment.GetEnvironmentVariable("ACTORCLUSTER_PG") : pg;
        string? skipped = null;
        if (string.IsNullOrWhiteSpace(pg) && storages.Remove(BenchStorage.Postgres))
        {
            if (a.Storage is not null) errors.Add("--storage lists postgres but neither --postgres nor ACTORCLUSTER_PG gives a connection string");
            skipped = "no connection string: pass --postgres CONNSTRING or set ACTORCLUSTER_PG";
        }

        string? dll = null;
        try { dll = SiloLocator.Find(a.Silo); }
        catch (FileNotFoundException e) { errors.Add(e.Message); }

        if (a.Out is { } o && !o.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase) && !o.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase))
            errors.Add($"--out must end in .json or .md, was '{o.Name}'");

        if (errors.Count > 0) { error = string.Join(Environment.NewLine + "error: ", errors); return null; }
        error = null;
        return new BenchSettings(dll!, TimeSpan.FromSeconds(seconds!.Value), rounds, concurrency, asins, batch,
            storages, string.IsNullOrWhiteSpace(pg) ? null : pg, skipped, a.Out);
    }

    private static double? Number(string text, string name, List<string> errors)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) return v;
        errors.Add($"{name} '{text}' is not a number");
        return null;
    }

    private static int Count(string text, string name, int min, int max, List<string> errors)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)) errors.Add($"{name} '{text}' is not a whole number");
        else if (v < min || v > max) errors.Add($"{name} must be {min}..{max}, was {v}");
        else return v;
        return 0;
    }

    private static List<BenchStorage> ParseStorages(string? text, List<string> errors)
    {
        if (text is null) return [BenchStorage.Memory, BenchStorage.Sqlite, BenchStorage.Postgres];
        var list = new List<BenchStorage>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            BenchStorage? kind = part.ToLowerInvariant() switch
            {
                "memory" => BenchStorage.Memory,
                "sqlite" => BenchStorage.Sqlite,
                "postgres" or "postgresql" => BenchStorage.Postgres,
                _ => null,
            };
            if (kind is null) errors.Add($"--storage: unknown storage '{part}' (use memory, sqlite, postgres)");
            else if (!list.Contains(kind.Value)) list.Add(kind.Value);
        }
        if (list.Count == 0 && errors.Count == 0) errors.Add("--storage names no storage");
        return [.. list.Order()];
    }
}
