using System.CommandLine;
using System.Globalization;
using ActorCluster.Client.Pull;
using ActorCluster.Connectors.Http;
using ActorCluster.Connectors.Sources;

namespace ActorCluster.Client.Commands;

/// <summary>
/// <c>actorcluster pull --source NAME --asins FILE --since DATE</c>: pages a vendor HTTP source into the ASIN grains
/// within its rate limit, resuming from the cursor file when a previous pull of the same request stopped early.
/// </summary>
public static class PullCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source") { Description = "Source name in the sources file", Required = true };
        var asins = new Option<FileInfo>("--asins") { Description = "File with one ASIN per line", Required = true };
        var since = new Option<string>("--since") { Description = "First day to pull (yyyy-MM-dd, UTC)", Required = true };
        var sources = new Option<FileInfo>("--sources-file")
        {
            Description = "JSON source definitions ({\"Sources\": {\"NAME\": {...}}})", DefaultValueFactory = _ => new FileInfo("sources.json"),
        };
        var cursor = new Option<FileInfo?>("--cursor") { Description = "Cursor file (default .actorcluster/pull-NAME.cursor.json)" };
        var maxPages = new Option<int?>("--max-pages") { Description = "Stop after this many pages (the cursor resumes the rest)" };
        var restart = new Option<bool>("--restart") { Description = "Ignore a saved cursor and start at the first page" };
        var rejects = new Option<FileInfo?>("--rejects") { Description = "Write every rejection (page, record, field, reason) to this file" };
        var parallelism = new Option<int>("--parallelism") { Description = "ASINs ingested concurrently per page", DefaultValueFactory = _ => 4 };
        var command = new Command("pull", "Pull observations from a vendor HTTP source through the per-ASIN grains")
        {
            source, asins, since, sources, cursor, maxPages, restart, rejects, parallelism,
        };
        command.SetAction((parse, ct) =>
        {
            var name = parse.GetValue(source)!;
            if (!DateOnly.TryParseExact(parse.GetValue(since), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                return Task.FromResult(ClusterCommand.Error($"--since '{parse.GetValue(since)}' is not a date (yyyy-MM-dd)", ExitCodes.BadInput));
            var asinFile = parse.GetValue(asins)!;
            if (!asinFile.Exists) return Task.FromResult(ClusterCommand.Error($"{asinFile.FullName}: file not found", ExitCodes.BadInput));
            if (parse.GetValue(maxPages) is < 1 || parse.GetValue(parallelism) < 1)
                return Task.FromResult(ClusterCommand.Error("--max-pages and --parallelism must be positive", ExitCodes.BadInput));
            var request = new PullRequest(name, parse.GetValue(sources)!.FullName, asinFile.FullName,
                day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                parse.GetValue(cursor)?.FullName ?? Path.Combine(".actorcluster", $"pull-{name}.cursor.json"),
                parse.GetValue(maxPages), parse.GetValue(restart), parse.GetValue(rejects)?.FullName, parse.GetValue(parallelism));
            PullSourceOptions sourceOptions;
            IReadOnlyList<string> asinList;
            try
            {
                (sourceOptions, asinList, var warnings) = PullService.Prepare(request);
                foreach (var w in warnings) Console.Error.WriteLine(w);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException)
            {
                return Task.FromResult(ClusterCommand.Error(e.Message, ExitCodes.BadInput));
            }
            return ClusterCommand.RunAsync(parse, ct, client => RunAsync(client, request, sourceOptions, asinList, ct));
        });
        return command;
    }

    private static async Task<int> RunAsync(IClusterClient client, PullRequest request, PullSourceOptions source, IReadOnlyList<string> asins, CancellationToken ct)
    {
        var service = new PullService(client);
        service.Info += line => Console.Error.WriteLine(line);
        PullRunSummary summary;
        try { summary = await service.RunAsync(request, source, asins, ct); }
        catch (InvalidOperationException e) { return ClusterCommand.Error(e.Message, ExitCodes.BadInput); }
        catch (ArgumentException e) { return ClusterCommand.Error(e.Message, ExitCodes.BadInput); }
        catch (VendorPullException e) { return ClusterCommand.Error($"{e.Message}; the cursor keeps its place, run again to resume", ExitCodes.Failure); }
        Console.WriteLine($"pull {request.Source}: {summary}");
        const int shown = 20;
        foreach (var r in summary.RejectionSamples.Take(shown)) Console.Error.WriteLine($"rejected: {r}");
        if (summary.Rejected > shown) Console.Error.WriteLine($"… and {summary.Rejected - shown} more (use --rejects FILE for all)");
        return ExitCodes.Ok;
    }
}
