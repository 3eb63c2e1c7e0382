using System.CommandLine;
using ActorCluster.Client.Backfill;
using Spectre.Console;

namespace ActorCluster.Client.Commands;

/// <summary>
/// <c>actorcluster backfill FILE</c>: loads a canonical long CSV through the ASIN grains. Every rejected row is
/// reported with its line; the exit code is non-zero only when nothing in the file could be used.
/// </summary>
public static class BackfillCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Canonical long CSV: asin,period,units,price,currency,rank,category,reviews,rating,in_stock,promo" };
        var parallelism = new Option<int>("--parallelism") { Description = "ASINs sent concurrently", DefaultValueFactory = _ => 8 };
        var batch = new Option<int>("--batch-size") { Description = "Observations per grain call (one durable write each)", DefaultValueFactory = _ => 1000 };
        var rejects = new Option<FileInfo?>("--rejects") { Description = "Write every rejected row (file, line, reason) to this file" };
        var command = new Command("backfill", "Load history from a file through the per-ASIN grains") { file, parallelism, batch, rejects };
        command.SetAction((parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) return Task.FromResult(ClusterCommand.Error($"{path.FullName}: file not found", ExitCodes.BadInput));
            if (FileSniffer.WhyNotText(path.FullName) is { } notText)
                return Task.FromResult(ClusterCommand.Error($"{path.Name}: {notText}", ExitCodes.BadInput));
            int par = parse.GetValue(parallelism), size = parse.GetValue(batch);
            if (par < 1 || size < 1) return Task.FromResult(ClusterCommand.Error("--parallelism and --batch-size must be positive", ExitCodes.BadInput));
            return ClusterCommand.RunAsync(parse, ct, client => RunAsync(client, path, par, size, parse.GetValue(rejects), ct));
        });
        return command;
    }

    private static async Task<int> RunAsync(IClusterClient client, FileInfo file, int parallelism, int batchSize, FileInfo? rejectsFile, CancellationToken ct)
    {
        var reader = new CanonicalCsvReader();
        var service = new BackfillService(client, parallelism, batchSize);
        BackfillSummary summary;
        try
        {
            using var text = new StreamReader(file.FullName, detectEncodingFromByteOrderMarks: true);
            var rows = reader.Read(text, file.Name);
            summary = await WithProgress(service, rows, file, ct);
        }
        catch (BackfillFileException e)
        {
            return ClusterCommand.Error(e.Message, ExitCodes.BadInput);
        }
        summary.Warnings.AddRange(reader.Warnings);
        Print(summary, file.Name);
        if (rejectsFile is not null)
            await File.WriteAllLinesAsync(rejectsFile.FullName, summary.Rejections.Select(r => r.ToString()), ct);
        return summary.Stored + summary.Duplicates > 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    private static async Task<BackfillSummary> WithProgress(BackfillService service, IEnumerable<CsvRow> rows, FileInfo file, CancellationToken ct)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsErrorRedirected)
            return await service.RunAsync(rows, file.Name, ct);
        BackfillSummary? summary = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask($"backfill {ClusterCommand.Escape(file.Name)}", maxValue: 1);
                service.Progress += sent => task.Value = sent;
                summary = await service.RunAsync(CountingRows(rows, n => task.MaxValue = Math.Max(n, 1)), file.Name, ct);
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    // The total is known only once the file is read; the bar's maximum grows with the rows read.
    private static IEnumerable<CsvRow> CountingRows(IEnumerable<CsvRow> rows, Action<long> seen)
    {
        long n = 0;
        foreach (var row in rows) { seen(++n); yield return row; }
    }

    private static void Print(BackfillSummary s, string fileName)
    {
        foreach (var w in s.Warnings) Console.Error.WriteLine($"warning: {w}");
        var rate = s.Elapsed.TotalSeconds > 0 ? s.RowsRead / s.Elapsed.TotalSeconds : 0;
        Console.WriteLine($"{fileName}: {s.RowsRead} rows, {s.Asins} ASINs in {s.Elapsed.TotalSeconds:0.0}s ({rate:0} rows/s): " +
                          $"accepted {s.Accepted}, corrected {s.Corrected}, duplicates {s.Duplicates}, rejected {s.Rejections.Count}");
        const int shown = 50;
        foreach (var r in s.Rejections.Take(shown)) Console.Error.WriteLine($"rejected: {r}");
        if (s.Rejections.Count > shown) Console.Error.WriteLine($"… and {s.Rejections.Count - shown} more (use --rejects FILE for all)");
    }
}
