using System.CommandLine;
using ActorCluster.Client.Commands;
using ActorCluster.Client.Connection;

namespace ActorCluster.Client.Bench;

/// <summary>
/// <c>actorcluster bench backfill --asins 10000 --days 730 [--storage sqlite,postgres]</c>: the bulk-load benchmark
/// (see <see cref="BackfillBench"/>). PostgreSQL runs the cluster profile on the database of --postgres or ACTORCLUSTER_PG.
/// </summary>
public static class BackfillBenchCommand
{
    public static Command Create()
    {
        var asins = new Option<int>("--asins") { Description = "ASINs in the generated file", DefaultValueFactory = _ => 10_000 };
        var days = new Option<int>("--days") { Description = "Days per ASIN", DefaultValueFactory = _ => 730 };
        var small = new Option<int?>("--small-asins") { Description = "ASINs of the second file that shows client memory is flat in file size (default a quarter; 0 skips it)" };
        var parallelism = new Option<int>("--parallelism") { Description = "The backfill's --parallelism", DefaultValueFactory = _ => 16 };
        var batch = new Option<int>("--batch-size") { Description = "The backfill's --batch-size", DefaultValueFactory = _ => 1000 };
        var buffered = new Option<int>("--max-buffered-rows") { Description = "The backfill's --max-buffered-rows", DefaultValueFactory = _ => 500_000 };
        var storage = new Option<string?>("--storage") { Description = "sqlite, postgres or both comma-separated (default: sqlite, plus postgres when a database is given)" };
        var silo = new Option<string?>("--silo") { Description = "Path to ActorCluster.Silo.dll (default: the repository's Release build)" };
        var output = new Option<FileInfo?>("--out") { Description = "Also write the results to this file: .json or .md" };
        var command = new Command("backfill", "Generate a simulated history file and time its backfill into a local (SQLite) and a PostgreSQL cluster silo, " +
                                              "against the pure-analytics loop on the same rows")
        {
            asins, days, small, parallelism, batch, buffered, storage, silo, output,
        };
        command.SetAction((parse, ct) =>
        {
            int n = parse.GetValue(asins), d = parse.GetValue(days);
            if (n < 1 || d < 1) return Task.FromResult(ClusterCommand.Error("--asins and --days must be positive", ExitCodes.BadInput));
            var pg = parse.GetValue(ConnectionOptions.Postgres);
            if (string.Equals(pg, "env", StringComparison.OrdinalIgnoreCase) || pg is null) pg = Environment.GetEnvironmentVariable("ACTORCLUSTER_PG");
            var kinds = new List<BenchStorage>();
            foreach (var k in (parse.GetValue(storage) ?? (pg is null ? "sqlite" : "sqlite,postgres")).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Enum.TryParse<BenchStorage>(k, true, out var kind) || kind == BenchStorage.Memory)
                    return Task.FromResult(ClusterCommand.Error($"--storage takes sqlite and postgres, not '{k}'", ExitCodes.BadInput));
                kinds.Add(kind);
            }
            if (kinds.Contains(BenchStorage.Postgres) && pg is null)
                return Task.FromResult(ClusterCommand.Error("postgres needs --postgres CONNECTION or ACTORCLUSTER_PG", ExitCodes.BadInput));
            string dll;
            try { dll = SiloLocator.Find(parse.GetValue(silo)); }
            catch (FileNotFoundException e) { return Task.FromResult(ClusterCommand.Error(e.Message, ExitCodes.BadInput)); }
            var settings = new BackfillBenchSettings
            {
                Asins = n, Days = d, SmallAsins = parse.GetValue(small) ?? n / 4, Parallelism = parse.GetValue(parallelism),
                BatchSize = parse.GetValue(batch), MaxBufferedRows = parse.GetValue(buffered), Storages = kinds, Postgres = pg, SiloDll = dll, Out = parse.GetValue(output),
            };
            return RunAsync(settings, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(BackfillBenchSettings s, CancellationToken ct)
    {
        var report = await BackfillBench.RunAsync(s, line => Console.Error.WriteLine($"bench: {line}"), ct);
        BackfillBenchPrinter.Print(report);
        if (s.Out is { } file)
        {
            BackfillBenchPrinter.Write(report, file);
            Console.WriteLine($"results written to {file.FullName}");
        }
        return report.Failed.Count == 0 ? ExitCodes.Ok : ExitCodes.Failure;
    }
}
