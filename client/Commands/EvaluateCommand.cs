using System.CommandLine;
using ActorCluster.Client.Evaluation;

namespace ActorCluster.Client.Commands;

/// <summary>
/// <c>actorcluster evaluate --train FILE [--test FILE] --horizon H --season M --out FILE [--mode fast|accurate] [--limit N]</c>:
/// runs the automatic forecaster locally over M4- or M5-layout series and prints sMAPE, MASE and OWA against
/// Naive2, sNaive and Theta computed in the same run, the families chosen and the time per series.
/// </summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var train = new Option<string?>("--train") { Description = "Training series: M4 wide layout (id,v1,v2,…) or M5 long layout (unique_id,ds,y,…)" };
        var test = new Option<string?>("--test") { Description = "Test series in the same layout; for M5 omit it to hold out the last H values of each series" };
        var horizon = new Option<string?>("--horizon") { Description = "Forecast horizon H (M4 Hourly 48, M5 28)" };
        var season = new Option<string?>("--season") { Description = "Season length m, also the MASE period (24 hourly, 7 daily)" };
        var output = new Option<string?>("--out") { Description = "Output CSV of the forecasts: id,f1,…,fH" };
        var mode = new Option<string?>("--mode") { Description = "fast (one validation window, no refit; the default) or accurate (three rolling origins, refit)" };
        var limit = new Option<string?>("--limit") { Description = "Evaluate only the first N series" };
        var command = new Command("evaluate", "Forecast held-out data with the automatic model selection and score it against the M4 benchmarks")
        {
            train, test, horizon, season, output, mode, limit,
        };
        command.SetAction(parse =>
        {
            var raw = new EvaluationArguments(parse.GetValue(train), parse.GetValue(test), parse.GetValue(horizon),
                parse.GetValue(season), parse.GetValue(output), parse.GetValue(mode), parse.GetValue(limit));
            var request = raw.TryCreate(out var error);
            if (request is null) return ClusterCommand.Error(error!, ExitCodes.BadInput);
            try
            {
                var report = EvaluationService.Run(request);
                EvaluationPrinter.Print(Console.Out, report, request.Mode, request.SeasonLength, request.Horizon);
                Console.WriteLine($"forecasts written to {Path.GetFullPath(request.OutPath)}");
                return ExitCodes.Ok;
            }
            catch (EvaluationInputException e) { return ClusterCommand.Error(e.Message, ExitCodes.BadInput); }
            catch (IOException e) { return ClusterCommand.Error(e.Message, ExitCodes.BadInput); }
            catch (UnauthorizedAccessException e) { return ClusterCommand.Error(e.Message, ExitCodes.BadInput); }
        });
        return command;
    }
}
