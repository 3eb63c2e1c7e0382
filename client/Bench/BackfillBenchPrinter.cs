using System.Text.Json;

namespace ActorCluster.Client.Bench;

/// <summary>Prints <c>bench backfill</c>'s figures against the targets, and writes them as JSON or a Markdown table.</summary>
public static class BackfillBenchPrinter
{
    public const double TargetObservationsPerSecond = 100_000, TargetRatio = 0.5;

    public static void Print(BackfillBenchReport r)
    {
        Console.WriteLine($"bench backfill  {r.Machine}  load {r.LoadAverageStart:0.0} -> {r.LoadAverageEnd:0.0}  parallelism {r.Parallelism}  batch {r.BatchSize}");
        Console.WriteLine(Table(r));
        Console.WriteLine($"pure analytics loop: {r.Analytics.Observations:N0} obs in {r.Analytics.Seconds:0.0}s = {r.Analytics.ObservationsPerSecond:N0} obs/s");
        foreach (var l in r.Loads)
            Console.WriteLine($"{l.Storage} {l.Asins} ASINs: {l.ObservationsPerSecond:N0} obs/s (target {TargetObservationsPerSecond:N0}: {(l.ObservationsPerSecond >= TargetObservationsPerSecond ? "met" : "short")}), " +
                              $"{Ratio(l, r):P1} of pure analytics (target {TargetRatio:P0}: {(Ratio(l, r) >= TargetRatio ? "met" : "short")})");
        foreach (var (what, why) in r.Failed) Console.WriteLine($"failed {what}: {why}");
    }

    public static double Ratio(BackfillBenchResult l, BackfillBenchReport r) =>
        r.Analytics.ObservationsPerSecond > 0 ? l.ObservationsPerSecond / r.Analytics.ObservationsPerSecond : 0;

    public static string Table(BackfillBenchReport r)
    {
        var lines = new List<string>
        {
            "| storage | profile | ASINs x days | file MB | rows | stored | rejected | load s | wall s | obs/s | vs analytics | client peak MB | silo peak MB |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        };
        lines.AddRange(r.Loads.Select(l =>
            $"| {l.Storage} | {l.Profile} | {l.Asins} x {l.Days} | {l.FileBytes / 1e6:N0} | {l.Rows:N0} | {l.Stored:N0} | {l.Rejected:N0} | {l.Seconds:0.0} | {l.WallSeconds:0.0} | " +
            $"{l.ObservationsPerSecond:N0} | {Ratio(l, r):P1} | {Mb(l.ClientPeakBytes)} | {Mb(l.SiloPeakBytes)} |"));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Mb(long? bytes) => bytes is { } b ? $"{b / 1048576.0:N0}" : "-";

    public static void Write(BackfillBenchReport r, FileInfo file)
    {
        file.Directory?.Create();
        var text = file.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            ? $"{Table(r)}\n\npure analytics loop: {r.Analytics.ObservationsPerSecond:N0} obs/s ({r.Analytics.Observations:N0} obs)\n"
            : JsonSerializer.Serialize(r, new JsonSerializerOptions { WriteIndented = true });
        File.WriteAllText(file.FullName, text);
    }
}
