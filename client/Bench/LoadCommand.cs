using System.CommandLine;
using ActorCluster.Client.Commands;
using ActorCluster.Client.Connection;

namespace ActorCluster.Client.Bench;

/// <summary>
/// <c>actorcluster bench load</c>: sustained ingest on a cluster of its own silos (cluster profile on PostgreSQL) with
/// subscribed SignalR clients; reports throughput, delivery p99, errors and silo memory over time, per silo count
/// (<c>--silos 1,2,3</c> is the scale-out measurement). Exit code 1 when any error was counted.
/// </summary>
public static class LoadCommand
{
    public static Command Create()
    {
        var defaults = new Dictionary<string, (string Value, string Description)>
        {
            ["--duration"] = ("900", "Seconds measured per silo count"),
            ["--warmup"] = ("10", "Seconds of load before measuring (not recorded)"),
            ["--asins"] = ("20000", "ASINs the background ingest is spread over"),
            ["--clients"] = ("200", "Subscribed SignalR clients (in this process), spread over the silos"),
            ["--rate"] = ("5000", "Background ingest, observations/s (0: unthrottled, 64 calls in flight)"),
            ["--batch"] = ("25", "Consecutive days per background IngestBatch call"),
            ["--silos"] = ("1", "Comma-separated silo counts, each a fresh cluster (e.g. 1,2,3 for scale-out)"),
            ["--probe-asins"] = ("40", "ASINs probed with spike and normal days to measure delivery"),
            ["--sample-every"] = ("5", "Seconds between memory samples"),
        };
        var options = defaults.ToDictionary(d => d.Key, d => new Option<string>(d.Key) { Description = d.Value.Description, DefaultValueFactory = _ => d.Value.Value });
        var silo = new Option<string?>("--silo") { Description = "Path to ActorCluster.Silo.dll (default: the repository's Release, else Debug, build)" };
        var output = new Option<FileInfo?>("--out") { Description = "Also write the results to this file: .json or .md" };
        var command = new Command("load", "Sustained ingest with subscribed clients on its own silo cluster (PostgreSQL): throughput, delivery p99, errors, memory over time");
        foreach (var o in options.Values) command.Options.Add(o);
        command.Options.Add(silo);
        command.Options.Add(output);
        command.SetAction((parse, ct) =>
        {
            var values = options.ToDictionary(o => o.Key, o => parse.GetValue(o.Value)!);
            var settings = LoadSettings.TryCreate(values, parse.GetValue(ConnectionOptions.Postgres), parse.GetValue(silo), parse.GetValue(output), out var error);
            return settings is null ? Task.FromResult(ClusterCommand.Error(error!, ExitCodes.BadInput)) : RunAsync(settings, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(LoadSettings s, CancellationToken ct)
    {
        static void Progress(string line) => Console.Error.WriteLine($"bench load: {line}");
        if (SiloLocator.IsDebugBuild(s.SiloDll)) Progress($"warning: {s.SiloDll} is a Debug build; its figures are not representative");
        var started = DateTime.UtcNow;
        var loadAtStart = MachineLoad.OneMinute();
        var scenarios = new List<LoadScenario>();
        try
        {
            foreach (var n in s.Silos) scenarios.Add(await LoadRun.RunAsync(s, n, Progress, ct));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { return ClusterCommand.Error("cancelled", ExitCodes.Failure); }
        catch (Exception e) when (e is not OutOfMemoryException) { return ClusterCommand.Error(e.Message, ExitCodes.Failure); }
        var report = new LoadReport(started, BenchReport.DescribeMachine(), s.Asins, s.Clients, s.Rate, s.Batch, s.Duration.TotalSeconds, scenarios,
            loadAtStart, MachineLoad.OneMinute());
        Console.WriteLine(report.Markdown());
        if (s.Out is { } file)
        {
            report.Write(file);
            Console.WriteLine($"results written to {file.FullName}");
        }
        foreach (var sc in scenarios.Where(x => x.Errors > 0))
            Console.Error.WriteLine($"error: {sc.Silos} silo(s): {sc.Errors} errors; first: {sc.FirstProblem ?? "deliveries missed or probes not received"}");
        return scenarios.Any(x => x.Errors > 0) ? ExitCodes.Failure : ExitCodes.Ok;
    }
}
