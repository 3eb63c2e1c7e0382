using System.CommandLine;
using ActorCluster.Client.Bench;
using ActorCluster.Client.Connection;

namespace ActorCluster.Client.Commands;

/// <summary>
/// <c>actorcluster bench</c>: starts its own silo per storage and measures, in one run, the bare grain-call
/// ceiling, single and batch ingest throughput, the raw Npgsql upsert ceiling and the ratios the targets name.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        // Numbers are read as text so a malformed one is a clear error with exit code 2, like a negative one.
        var duration = new Option<string>("--duration") { Description = "Seconds per timed round", DefaultValueFactory = _ => "5" };
        var rounds = new Option<string>("--rounds") { Description = "Timed rounds per workload; the median is reported", DefaultValueFactory = _ => "3" };
        var concurrency = new Option<string>("--concurrency") { Description = "Concurrent calls from this client", DefaultValueFactory = _ => "64" };
        var asins = new Option<string>("--asins") { Description = "ASINs the ingest is spread over (at least --concurrency)", DefaultValueFactory = _ => "2000" };
        var batch = new Option<string>("--batch-size") { Description = "Observations per IngestBatch call", DefaultValueFactory = _ => "100" };
        var storage = new Option<string?>("--storage") { Description = "Comma-separated subset of memory,sqlite,postgres (default: all; postgres needs --postgres or ACTORCLUSTER_PG)" };
        var silo = new Option<string?>("--silo") { Description = "Path to ActorCluster.Silo.dll (default: the repository's silo/bin/Release, else Debug, build)" };
        var output = new Option<FileInfo?>("--out") { Description = "Also write the results to this file: .json or .md (Markdown table)" };
        var command = new Command("bench", "Measure grain-call ceiling, ingest throughput per storage and the target ratios, starting its own silos " +
                                           "(PostgreSQL is benched on the database given by --postgres or ACTORCLUSTER_PG)")
        {
            duration, rounds, concurrency, asins, batch, storage, silo, output,
        };
        command.Subcommands.Add(PushBenchCommand.Create());
        command.Subcommands.Add(BackfillBenchCommand.Create());
        command.Subcommands.Add(LoadCommand.Create());
        command.SetAction((parse, ct) =>
        {
            // --postgres is the shared connection option; here it names the database to bench, not a cluster to join.
            var raw = new RawBenchArgs(parse.GetValue(duration)!, parse.GetValue(rounds)!, parse.GetValue(concurrency)!,
                parse.GetValue(asins)!, parse.GetValue(batch)!, parse.GetValue(storage), parse.GetValue(ConnectionOptions.Postgres),
                parse.GetValue(silo), parse.GetValue(output));
            var settings = BenchSettings.TryCreate(raw, out var error);
            return settings is null ? Task.FromResult(ClusterCommand.Error(error!, ExitCodes.BadInput)) : RunAsync(settings, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(BenchSettings s, CancellationToken ct)
    {
        static void Progress(string line) => Console.Error.WriteLine($"bench: {line}");
        if (SiloLocator.IsDebugBuild(s.SiloDll)) Progress($"warning: {s.SiloDll} is a Debug build; its figures are not representative");
        var started = DateTime.UtcNow;
        var loadAtStart = MachineLoad.OneMinute();
        var results = new List<StorageResult>();
        var skipped = new Dictionary<string, string>();
        var failed = new Dictionary<string, string>();
        if (s.PostgresSkipped is not null) skipped["postgres"] = s.PostgresSkipped;
        foreach (var kind in s.Storages)
        {
            try { results.Add(await StorageBench.RunAsync(s, kind, Progress, ct)); }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { return ClusterCommand.Error("cancelled", ExitCodes.Failure); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One storage failing (say PostgreSQL is down) should not throw away the others' figures.
                failed[kind.ToString().ToLowerInvariant()] = e.Message;
                Progress($"{kind.ToString().ToLowerInvariant()} failed: {e.Message}");
            }
        }
        var report = new BenchReport(started, BenchReport.DescribeMachine(), s.SiloDll, s.Duration.TotalSeconds, s.Rounds,
            s.Concurrency, s.Asins, s.BatchSize, results, skipped, failed,
            loadAtStart, MachineLoad.OneMinute());
        BenchPrinter.Print(report);
        if (s.Out is { } file)
        {
            BenchReportWriter.Write(report, file);
            Console.WriteLine($"results written to {file.FullName}");
        }
        return failed.Count == 0 ? ExitCodes.Ok : ExitCodes.Failure;
    }
}
