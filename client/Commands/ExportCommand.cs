using System.CommandLine;
using ActorCluster.Client.Export;
using ActorCluster.Reports;

namespace ActorCluster.Client.Commands;

/// <summary>
/// <c>actorcluster export --format parquet --out DIR [--asins FILE] [--since DATE]</c>: per-ASIN features and
/// forecasts as month-partitioned Parquet with the feature-set and model versions in the file metadata.
/// Everything that can be checked without the cluster is checked first.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "Output format (parquet)", DefaultValueFactory = _ => "parquet" };
        var output = new Option<string>("--out") { Description = "Output directory (features/, forecasts/, manifest.json)", Required = true };
        var asins = new Option<string?>("--asins") { Description = "File with one ASIN per line (default: every ASIN in the directory)" };
        var since = new Option<string?>("--since") { Description = "Only periods from this date (2026-01-31) or this far back from the newest period (30d, 12w)" };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace a previous export in --out" };
        var rowGroup = new Option<int>("--row-group-rows") { Description = "Rows per Parquet row group", DefaultValueFactory = _ => new ExportLimits().RowGroupRows };
        var command = new Command("export", "Export per-ASIN features and forecasts for offline training") { format, output, asins, since, overwrite, rowGroup };
        command.SetAction((parse, ct) =>
        {
            if (!string.Equals(parse.GetValue(format), "parquet", StringComparison.OrdinalIgnoreCase))
                return Task.FromResult(ClusterCommand.Error($"--format '{parse.GetValue(format)}': only parquet is supported", ExitCodes.BadInput));
            SinceArgument? from = null;
            if (parse.GetValue(since) is { } text && !SinceArgument.TryParse(text, out from, out var error))
                return Task.FromResult(ClusterCommand.Error(error!, ExitCodes.BadInput));
            int rows = parse.GetValue(rowGroup);
            if (rows is < 1 or > 10_000_000) return Task.FromResult(ClusterCommand.Error($"--row-group-rows must be 1..10000000, was {rows}", ExitCodes.BadInput));
            var dir = Path.GetFullPath(parse.GetValue(output)!);
            List<string>? list;
            try
            {
                list = parse.GetValue(asins) is { } file ? AsinList.ReadFile(file) : null;
                ExportDirectory.Prepare(dir, parse.GetValue(overwrite));
            }
            catch (ArgumentException e) { return Task.FromResult(ClusterCommand.Error(e.Message, ExitCodes.BadInput)); }
            var limits = new ExportLimits { RowGroupRows = rows, MaxBufferedRows = Math.Max(rows, new ExportLimits().MaxBufferedRows) };
            var request = new ExportRequest(dir, list, from, parse.GetValue(overwrite));
            return ClusterCommand.RunAsync(parse, ct, async client =>
            {
                var summary = await new ParquetExporter(client, limits).RunAsync(request, m => Console.Error.WriteLine(m), ct);
                Print(summary, dir);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static void Print(ExportSummary s, string dir)
    {
        if (s.AsinsRequested == 0)
        {
            Console.WriteLine($"the cluster holds no ASINs: wrote an empty export (manifest.json, no Parquet files) to {dir}");
            return;
        }
        Console.WriteLine($"exported {s.AsinsExported} of {s.AsinsRequested} ASINs to {dir} ({s.FeatureSetVersion}, fingerprint {s.FeatureSetFingerprint}; {s.ModelVersion})");
        Console.WriteLine($"features  {s.FeatureRows} rows in {s.FeatureFiles.Count} monthly files ({string.Join(", ", s.FeatureFiles.Select(f => $"{f.Month}: {f.Rows}"))})");
        Console.WriteLine($"forecasts {s.ForecastRows} rows in {s.ForecastFiles.Count} monthly files");
        if (s.AsinsWithoutData.Count > 0)
            Console.WriteLine($"no data   {s.AsinsWithoutData.Count} ASINs hold no observation: {string.Join(", ", s.AsinsWithoutData.Take(10))}{(s.AsinsWithoutData.Count > 10 ? " …" : "")}");
        Console.WriteLine($"live      replayed features equal the live grain's for {s.LiveMatched} of {s.AsinsExported} ASINs");
        if (s.LiveDiffered.Count > 0)
        {
            var features = s.LiveDiffered.Values.SelectMany(v => v).GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} ({g.Count()})");
            Console.WriteLine($"          {s.LiveDiffered.Count} differ in {string.Join(", ", features.Take(8))}: their grain absorbed history older than its window, " +
                              "which the window replay cannot see (rows are what the grain computes after a reactivation)");
        }
    }
}
