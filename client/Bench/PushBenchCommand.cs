using System.CommandLine;
using ActorCluster.Client.Commands;
using ActorCluster.Client.Connection;

namespace ActorCluster.Client.Bench;

/// <summary>
/// <c>actorcluster bench push</c>: starts its own silo and measures alert delivery latency, from just before the
/// ingest call to the subscribed SignalR clients, for each client count and background ingest rate.
/// </summary>
public static class PushBenchCommand
{
    public static Command Create()
    {
        // Numbers are read as text so a malformed one is a clear error with exit code 2, as in 'bench'.
        Option<string> Text(string name, string description, string value) => new(name) { Description = description, DefaultValueFactory = _ => value };
        var duration = Text("--duration", "Seconds measured per scenario (extended up to 3x until --min-samples)", "20");
        var warmUp = Text("--warmup", "Seconds probed before each scenario's measurement (not recorded)", "2");
        var clients = Text("--clients", "Comma-separated numbers of subscribed SignalR clients (in this process)", "1,100");
        var load = Text("--load", "Comma-separated background ingest rates, observations/s (0: idle)", "0,5000");
        var probeAsins = Text("--probe-asins", "ASINs probed with spike and normal days", "20");
        var workers = Text("--probe-workers", "Probe ASINs probed at the same time (each worker one call at a time)", "4");
        var gap = Text("--probe-gap", "Milliseconds a worker pauses after each measured probe", "100");
        var quiet = Text("--quiet-days", "Normal days sent as one unmeasured batch after each spike cycle, so the next spike alerts again", "10");
        var loadAsins = Text("--load-asins", "ASINs the background load is spread over", "2000");
        var loadBatch = Text("--load-batch", "Consecutive days per background IngestBatch call", "25");
        var minSamples = Text("--min-samples", "Samples wanted per scenario", "200");
        var storage = Text("--storage", "Grain storage of the silo: memory, sqlite or postgres (needs --postgres or ACTORCLUSTER_PG)", "sqlite");
        var ingest = Text("--ingest", "How probes are ingested: http (POST /api/observations) or orleans (IAsinGrain.Ingest)", "http");
        var protocol = Text("--protocol", "Hub protocol of the clients: json or messagepack", "json");
        var silo = new Option<string?>("--silo") { Description = "Path to ActorCluster.Silo.dll (default: the repository's silo/bin/Release, else Debug, build)" };
        var output = new Option<FileInfo?>("--out") { Description = "Also write the results to this file: .json or .md (Markdown table)" };
        var command = new Command("push", "Measure alert delivery latency, ingest call -> SignalR client, with 1..N clients and background load, " +
                                          "starting its own silo")
        {
            duration, warmUp, clients, load, probeAsins, workers, gap, quiet, loadAsins, loadBatch, minSamples, storage, ingest, protocol, silo, output,
        };
        command.SetAction((parse, ct) =>
        {
            var raw = new PushRawArgs(parse.GetValue(duration)!, parse.GetValue(warmUp)!, parse.GetValue(clients)!, parse.GetValue(load)!,
                parse.GetValue(probeAsins)!, parse.GetValue(workers)!, parse.GetValue(gap)!, parse.GetValue(quiet)!, parse.GetValue(loadAsins)!,
                parse.GetValue(loadBatch)!, parse.GetValue(minSamples)!, parse.GetValue(storage)!, parse.GetValue(ingest)!, parse.GetValue(protocol)!,
                parse.GetValue(ConnectionOptions.Postgres), parse.GetValue(silo), parse.GetValue(output));
            var settings = PushSettings.TryCreate(raw, out var error);
            return settings is null ? Task.FromResult(ClusterCommand.Error(error!, ExitCodes.BadInput)) : RunAsync(settings, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(PushSettings s, CancellationToken ct)
    {
        static void Progress(string line) => Console.Error.WriteLine($"bench push: {line}");
        if (SiloLocator.IsDebugBuild(s.SiloDll)) Progress($"warning: {s.SiloDll} is a Debug build; its figures are not representative");
        PushReport report;
        try { report = await PushBench.RunAsync(s, Progress, ct); }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { return ClusterCommand.Error("cancelled", ExitCodes.Failure); }
        catch (Exception e) when (e is not OutOfMemoryException) { return ClusterCommand.Error(e.Message, ExitCodes.Failure); }
        PushPrinter.Print(report);
        if (s.Out is { } file)
        {
            PushReportWriter.Write(report, file);
            Console.WriteLine($"results written to {file.FullName}");
        }
        return ExitCodes.Ok;
    }
}
