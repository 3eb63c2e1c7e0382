using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace ActorCluster.Client.Commands;

/// <summary>
/// <c>actorcluster simulate --asins N --categories C --days D --speed X|max --seed S --anomaly-rate R</c>: starts a
/// simulated market in the cluster (fed through the same ingest path as real data) and shows its progress;
/// <c>simulate status|pause|resume|stop</c> control a running one.
/// </summary>
public static class SimulateCommand
{
    public static Command Create()
    {
        var asins = new Option<int>("--asins") { Description = "Simulated ASINs", DefaultValueFactory = _ => 200 };
        var categories = new Option<int>("--categories") { Description = "Categories", DefaultValueFactory = _ => 8 };
        var days = new Option<int>("--days") { Description = "Simulated days (ending today)", DefaultValueFactory = _ => 120 };
        var speed = new Option<string>("--speed") { Description = "Simulated days per second, or 'max'", DefaultValueFactory = _ => "5" };
        var seed = new Option<ulong>("--seed") { Description = "Seed: the same seed gives the same market", DefaultValueFactory = _ => 1UL };
        var rate = new Option<double>("--anomaly-rate") { Description = "Injected anomalies per ASIN-day", DefaultValueFactory = _ => 0.01 };
        var extreme = new Option<bool>("--extreme") { Description = "The extreme-scenario set: more single-period moves above 15%" };
        var workers = new Option<string>("--workers") { Description = "Worker grains: 'category' (one per category) or 'asin' (one per ASIN)", DefaultValueFactory = _ => "category" };
        var id = new Option<string>("--id") { Description = "Simulation id", DefaultValueFactory = _ => "default" };
        var detach = new Option<bool>("--detach") { Description = "Start it and return; it keeps running in the cluster" };
        var command = new Command("simulate", "Run a simulated market through the cluster (demo, load, alert evaluation)")
        {
            asins, categories, days, speed, seed, rate, extreme, workers, id, detach,
        };
        foreach (var verb in new[] { "status", "pause", "resume", "stop" })
        {
            var sub = new Command(verb, $"{verb} the simulation") { id };
            sub.SetAction((parse, ct) => ClusterCommand.RunAsync(parse, ct, async client =>
            {
                var grain = client.GetGrain<ISimulationControllerGrain>(parse.GetValue(id)!);
                var status = verb switch
                {
                    "pause" => await grain.Pause(),
                    "resume" => await grain.Resume(),
                    "stop" => await grain.Stop(),
                    _ => await grain.GetStatus(),
                };
                Print(status);
                return ExitCodes.Ok;
            }));
            command.Subcommands.Add(sub);
        }
        command.SetAction((parse, ct) =>
        {
            var text = parse.GetValue(speed)!.Trim();
            double perSecond;
            if (text.Equals("max", StringComparison.OrdinalIgnoreCase)) perSecond = 0;
            else if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out perSecond) || perSecond <= 0)
                return Task.FromResult(ClusterCommand.Error($"--speed '{text}' is neither a positive number of days per second nor 'max'", ExitCodes.BadInput));
            var plan = new SimulationPlan
            {
                Asins = parse.GetValue(asins), Categories = parse.GetValue(categories), Days = parse.GetValue(days),
                Seed = parse.GetValue(seed), AnomalyRate = parse.GetValue(rate), Extreme = parse.GetValue(extreme),
                DaysPerSecond = perSecond, Workers = parse.GetValue(workers)!.Trim().ToLowerInvariant(),
            };
            if (plan.Problem() is { } problem) return Task.FromResult(ClusterCommand.Error(problem, ExitCodes.BadInput));
            return ClusterCommand.RunAsync(parse, ct, async client =>
            {
                var grain = client.GetGrain<ISimulationControllerGrain>(parse.GetValue(id)!);
                SimulationStatus status;
                try { status = await grain.Start(plan); }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException)
                {
                    return ClusterCommand.Error(e.Message, ExitCodes.BadInput);
                }
                if (parse.GetValue(detach)) { Print(status); return ExitCodes.Ok; }
                try { status = await FollowAsync(grain, plan, ct); }
                catch (OperationCanceledException)
                {
                    status = await grain.Stop();
                    Console.WriteLine("interrupted: simulation stopped");
                }
                Print(status);
                return status.State == "Completed" ? ExitCodes.Ok : ExitCodes.Failure;
            });
        });
        return command;
    }

    private static async Task<SimulationStatus> FollowAsync(ISimulationControllerGrain grain, SimulationPlan plan, CancellationToken ct)
    {
        SimulationStatus status = await grain.GetStatus();
        await AnsiConsole.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("simulating", maxValue: plan.Days);
                while (status.State is "Running" or "Paused")
                {
                    await Task.Delay(500, ct);
                    status = await grain.GetStatus();
                    task.Value = status.Day;
                    task.Description = $"day {status.Day}/{plan.Days} {status.SimulatedDate:yyyy-MM-dd}  {status.Observations:N0} obs  {status.ObservationsPerSecond:N0}/s";
                }
                task.Value = status.Day;
            });
        return status;
    }

    private static void Print(SimulationStatus s)
    {
        Console.WriteLine($"simulation {s.Id}: {s.State}  day {s.Day}/{s.Plan?.Days}  simulated date {s.SimulatedDate:yyyy-MM-dd}");
        Console.WriteLine($"observations {s.Observations:N0} (stored {s.Accepted:N0}, duplicates {s.Duplicates:N0}, rejected {s.Rejected:N0}, failed calls {s.Failed:N0})  " +
                          $"{s.ObservationsPerSecond:N0} obs/s over {s.ElapsedSeconds:0.0} s, {s.Workers} workers");
        if (s.Error is not null) Console.WriteLine($"error: {s.Error}");
    }
}
