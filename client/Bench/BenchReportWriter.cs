using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorCluster.Client.Bench;

/// <summary>Writes the report as JSON (for tools) or a Markdown table (for the README), by file extension.</summary>
public static class BenchReportWriter
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        // The medians are what is reported; NaN appears only for an empty round and must not break the file.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Write(BenchReport report, FileInfo file) => WriteByExtension(file, () => Markdown(report), () => Dto(report));

    /// <summary>Markdown for <c>.md</c> files, otherwise the JSON of <paramref name="dto"/>; creates the folder. Shared by every bench report.</summary>
    internal static void WriteByExtension(FileInfo file, Func<string> markdown, Func<object> dto)
    {
        file.Directory?.Create();
        bool md = file.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase);
        File.WriteAllText(file.FullName, md ? markdown() : JsonSerializer.Serialize(dto(), Json));
    }

    private static object Dto(BenchReport r) => new
    {
        r.StartedUtc, r.Machine, r.LoadAtStart, r.LoadAtEnd, r.SiloDll, r.DurationSeconds, r.Rounds, r.Concurrency, r.Asins, r.BatchSize,
        Measurements = r.Results.SelectMany(s => s.Measurements).Select(m => new
        {
            m.Storage, m.Workload, m.Description, m.ObservationsPerSecond, m.CallsPerSecond, m.P50Ms, m.P99Ms,
            Rounds = m.Rounds.Select(x => new { x.Calls, x.Observations, ElapsedSeconds = x.Elapsed.TotalSeconds, x.P50Ms, x.P99Ms }),
        }),
        Ratios = r.Ratios.Select(x => new { x.Name, x.Value, x.Target, x.MeetsTarget }),
        Storage = r.Results.Select(s => new { s.Storage, s.PayloadBytes, PrefillSeconds = s.Prefill.TotalSeconds, s.UnexpectedResults }),
        r.Skipped, r.Failed,
    };

    private static string Markdown(BenchReport r)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"`actorcluster bench` {r.StartedUtc:yyyy-MM-dd HH:mm}Z: {r.DurationSeconds:0.##}s x {r.Rounds} rounds (median), " +
                         $"concurrency {r.Concurrency}, {r.Asins} ASINs, batch {r.BatchSize}; {r.Machine}; " +
                         $"load average {r.LoadAtStart:0.0} at start, {r.LoadAtEnd:0.0} at end").AppendLine();
        sb.AppendLine("| storage | workload | what | obs/s | calls/s | p50 ms | p99 ms |").AppendLine("| --- | --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var m in r.Results.SelectMany(s => s.Measurements))
            sb.AppendLine(c, $"| {m.Storage} | {m.Workload} | {m.Description} | {m.ObservationsPerSecond:N0} | {m.CallsPerSecond:N0} | {m.P50Ms:0.00} | {m.P99Ms:0.00} |");
        sb.AppendLine().AppendLine("| ratio (same run) | value | target |").AppendLine("| --- | ---: | --- |");
        foreach (var x in r.Ratios)
            sb.AppendLine(c, $"| {x.Name} | {x.Value.ToString("P1", c)} | {(x.Target is { } t ? (x.MeetsTarget == true ? "met: >= " : "NOT met: >= ") + t.ToString("P0", c) : "-")} |");
        foreach (var (storage, why) in r.Skipped) sb.AppendLine().AppendLine(c, $"{storage}: skipped, {why}");
        foreach (var (storage, why) in r.Failed) sb.AppendLine().AppendLine(c, $"{storage}: FAILED: {why}");
        return sb.ToString();
    }
}
