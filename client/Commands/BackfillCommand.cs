using System.CommandLine;
using ActorCluster.Client.Backfill;
using ActorCluster.Client.Backfill.Formats;

namespace ActorCluster.Client.Commands;

/// <summary>
/// <c>actorcluster backfill FILE</c>: loads a history file (canonical, Keepa-style, Xray-style, M5 or wide; see
/// docs/backfill-formats.md) through the ASIN grains, resumably. Every rejected row is reported with file, line and
/// field; the exit code is non-zero only when nothing in the file could be used or the cluster stayed unavailable.
/// </summary>
public static class BackfillCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "History file: canonical, keepa, xray, m5 or wide layout (detected from the header)" };
        var format = new Option<string?>("--format") { Description = "Force the layout: canonical|keepa|xray|m5|wide" };
        var parallelism = new Option<int>("--parallelism") { Description = "ASINs sent concurrently (calls in flight)", DefaultValueFactory = _ => 8 };
        var batch = new Option<int>("--batch-size") { Description = "Observations per grain call (one durable write each), at most 10000", DefaultValueFactory = _ => 1000 };
        var rejects = new Option<FileInfo?>("--rejects") { Description = "Write every rejected row to this CSV (file,line,asin,field,reason)" };
        var checkpoint = new Option<FileInfo?>("--checkpoint") { Description = "Progress file to resume from (default: FILE.checkpoint beside the file, else in the temp folder); deleted when the backfill completes" };
        var fresh = new Option<bool>("--fresh") { Description = "Ignore an existing checkpoint and start over" };
        var buffered = new Option<int>("--max-buffered-rows") { Description = "Rows grouped in memory before spilling to temporary files", DefaultValueFactory = _ => 500_000 };
        var maxLine = new Option<int>("--max-line-length") { Description = "Longest line read, in characters; longer ones are rejected unread", DefaultValueFactory = _ => 1 << 20 };
        var retryFor = new Option<int>("--retry-for") { Description = "Seconds to keep retrying a batch while the cluster is unavailable", DefaultValueFactory = _ => 120 };
        var idMap = new Option<FileInfo?>("--id-map") { Description = "Write the series ids mapped to ASIN keys (M5, wide) to this CSV" };
        var command = new Command("backfill", "Load history from a file through the per-ASIN grains")
        {
            file, format, parallelism, batch, rejects, checkpoint, fresh, buffered, maxLine, retryFor, idMap,
        };
        command.SetAction((parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) return Task.FromResult(ClusterCommand.Error($"{path.FullName}: file not found", ExitCodes.BadInput));
            if (FileSniffer.WhyNotText(path.FullName) is { } notText)
                return Task.FromResult(ClusterCommand.Error($"{path.Name}: {notText}", ExitCodes.BadInput));
            BackfillFormat? forced = null;
            if (parse.GetValue(format) is { } f)
            {
                if (!FormatDetector.TryParse(f, out var parsed))
                    return Task.FromResult(ClusterCommand.Error($"--format must be canonical, keepa, xray, m5 or wide, was '{f}'", ExitCodes.BadInput));
                forced = parsed;
            }
            var settings = new BackfillSettings
            {
                Parallelism = parse.GetValue(parallelism), BatchSize = parse.GetValue(batch), Format = forced,
                MaxBufferedRows = parse.GetValue(buffered), MaxLineLength = parse.GetValue(maxLine),
                RetryFor = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(retryFor))),
            };
            if (settings.Problem() is { } problem) return Task.FromResult(ClusterCommand.Error(problem, ExitCodes.BadInput));
            var run = new BackfillRun(path, settings, parse.GetValue(checkpoint), parse.GetValue(fresh), parse.GetValue(rejects), parse.GetValue(idMap));
            return ClusterCommand.RunAsync(parse, ct, client => run.ExecuteAsync(client, ct));
        });
        return command;
    }
}
