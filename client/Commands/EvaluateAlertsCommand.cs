using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ActorCluster.Analytics.Evaluation.Alerts;
using ActorCluster.Client.Evaluation;
using Spectre.Console;

namespace ActorCluster.Client.Commands;

/// <summary>
/// <c>actorcluster evaluate-alerts --markets K --asins N --days D --seed S [--extreme] [--anomaly-rate R] [--window W]
/// [--fire-after M] [--resolve-after R] [--fire-at-once-margin X] [--units-noise-sigmas Z] [--min-price-move L]
/// [--out report.md] [--json]</c>: Monte Carlo evaluation of the alert rules, offline: simulated markets replayed
/// through the same analytics and alert lifecycle the grains run, scored against the injected labels, with the
/// defaults and with monthly re-estimated likelihoods side by side. An extreme-scenario set always runs beside the
/// regular one: at a quarter of the ASINs per market, or at full size with <c>--extreme</c>.
/// </summary>
public static class EvaluateAlertsCommand
{
    public static Command Create()
    {
        var defaults = new AlertMonteCarloSettings();
        var markets = new Option<int>("--markets") { Description = "Markets K (Monte Carlo replicates), seeds S..S+K-1", DefaultValueFactory = _ => defaults.Markets };
        var asins = new Option<int>("--asins") { Description = "ASINs per market", DefaultValueFactory = _ => defaults.Asins };
        var days = new Option<int>("--days") { Description = "Simulated days per ASIN", DefaultValueFactory = _ => defaults.Days };
        var seed = new Option<long>("--seed") { Description = "Seed of the first market", DefaultValueFactory = _ => defaults.Seed };
        var extreme = new Option<bool>("--extreme") { Description = "Run the extreme-scenario set (single-period moves above 15%) at full size instead of a quarter" };
        var rate = new Option<double>("--anomaly-rate") { Description = "Injected anomalies per ASIN-day", DefaultValueFactory = _ => defaults.AnomalyRate };
        var window = new Option<int>("--window") { Description = "Watch window W: an alert within [start, end + W] of a label is true", DefaultValueFactory = _ => 3 };
        var fireAfter = new Option<int?>("--fire-after") { Description = "Override FireAfter (qualifying periods of the last FireWindow before firing)" };
        var resolveAfter = new Option<int?>("--resolve-after") { Description = "Override ResolveAfter (clear periods before resolving)" };
        var atOnce = new Option<double?>("--fire-at-once-margin") { Description = "Override FireAtOnceMargin (a primary this many times its line fires without the debounce; 0 disables)" };
        var noise = new Option<double?>("--units-noise-sigmas") { Description = "Override UnitsNoiseSigmas (units and rank signals need a count this many Poisson deviations from the mean; 0 disables)" };
        var minPrice = new Option<double?>("--min-price-move") { Description = "Override MinPriceMove (smallest price log-move that raises price signals; 0 disables)" };
        var noBacktest = new Option<bool>("--no-backtest") { Description = "Skip the monthly re-estimation run (halves the time)" };
        var threads = new Option<int?>("--threads") { Description = "Threads (default: every core); results do not depend on it" };
        var output = new Option<string?>("--out") { Description = "Also write the report as Markdown to this file" };
        var json = new Option<bool>("--json") { Description = "Print machine-readable JSON instead of the tables" };
        var command = new Command("evaluate-alerts", "Monte Carlo evaluation of the alert rules on simulated markets, offline (no cluster)")
        {
            markets, asins, days, seed, extreme, rate, window, fireAfter, resolveAfter, atOnce, noise, minPrice, noBacktest, threads, output, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var settings = new AlertMonteCarloSettings
            {
                Markets = parse.GetValue(markets), Asins = parse.GetValue(asins), Days = parse.GetValue(days), Seed = parse.GetValue(seed),
                AnomalyRate = parse.GetValue(rate), Backtest = !parse.GetValue(noBacktest), Parallelism = parse.GetValue(threads),
            };
            var rules = new AlertEvaluationOptions().Rules;
            if (parse.GetValue(fireAfter) is { } fa) rules = rules with { FireAfter = fa };
            if (parse.GetValue(resolveAfter) is { } ra) rules = rules with { ResolveAfter = ra };
            if (parse.GetValue(atOnce) is { } m) rules = rules with { FireAtOnceMargin = m };
            if (parse.GetValue(noise) is { } z) rules = rules with { UnitsNoiseSigmas = z };
            if (parse.GetValue(minPrice) is { } mp) rules = rules with { MinPriceMove = mp };
            var options = new AlertEvaluationOptions { Window = parse.GetValue(window), Rules = rules };
            var extremeSettings = settings with { Extreme = true, Asins = parse.GetValue(extreme) ? settings.Asins : Math.Max(1, settings.Asins / 4) };
            try
            {
                settings.Validate();
                options.Validate();
            }
            catch (ArgumentException e) { return ClusterCommand.Error(e.Message, ExitCodes.BadInput); }

            string line = CommandLine(settings, options, parse.GetValue(extreme), parse.GetValue(output), parse.GetValue(json));
            bool quiet = parse.GetValue(json);
            var clock = Stopwatch.StartNew();
            List<AlertsEvaluationSet> sets;
            try
            {
                sets =
                [
                    new("regular", await RunAsync("regular", settings, options, quiet, ct)),
                    new("extreme", await RunAsync("extreme", extremeSettings, options, quiet, ct)),
                ];
            }
            catch (OperationCanceledException) { return ClusterCommand.Error("cancelled", ExitCodes.Failure); }
            clock.Stop();

            if (quiet) Console.WriteLine(AlertsReportWriter.ToJson(line, sets, clock.Elapsed));
            else
            {
                var console = AnsiConsole.Console;
                // Redirected output would wrap the wide tables at 80 columns.
                if (Console.IsOutputRedirected) console.Profile.Width = 200;
                AlertsReportWriter.Render(console, line, sets, clock.Elapsed);
            }
            if (parse.GetValue(output) is { } path)
            {
                try
                {
                    var file = new FileInfo(path);
                    file.Directory?.Create();
                    await File.WriteAllTextAsync(file.FullName, AlertsReportWriter.Markdown(line, sets, clock.Elapsed), ct);
                    if (!quiet) Console.WriteLine($"report written to {file.FullName}");
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    return ClusterCommand.Error($"cannot write {path}: {e.Message}", ExitCodes.BadInput);
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    // The replays are CPU-bound and synchronous: they run on the pool while the console shows their progress.
    private static async Task<AlertMonteCarloResult> RunAsync(
        string name, AlertMonteCarloSettings settings, AlertEvaluationOptions options, bool quiet, CancellationToken ct)
    {
        var progress = new ReplayProgress();
        var run = Task.Run(() => AlertMonteCarlo.Run(settings, options, progress, ct), ct);
        if (quiet) return await run;
        await AnsiConsole.Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask($"{name}: simulating", maxValue: 1);
                while (!run.IsCompleted)
                {
                    await Task.WhenAny(run, Task.Delay(250, CancellationToken.None));
                    long total = progress.Total, done = progress.Done;
                    task.MaxValue = Math.Max(1, total);
                    task.Value = done;
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{name}: {progress.Stage} ({done:N0}/{total:N0} ASIN-days)");
                }
                task.Value = task.MaxValue;
            });
        return await run;
    }

    private static string CommandLine(AlertMonteCarloSettings s, AlertEvaluationOptions o, bool extreme, string? output, bool json)
    {
        var c = CultureInfo.InvariantCulture;
        var parts = new List<string>
        {
            "actorcluster evaluate-alerts", $"--markets {s.Markets}", $"--asins {s.Asins}", $"--days {s.Days}", $"--seed {s.Seed}",
            string.Create(c, $"--anomaly-rate {s.AnomalyRate}"), $"--window {o.Window}",
            $"--fire-after {o.Rules.FireAfter}", $"--resolve-after {o.Rules.ResolveAfter}",
            string.Create(c, $"--fire-at-once-margin {o.Rules.FireAtOnceMargin}"), string.Create(c, $"--units-noise-sigmas {o.Rules.UnitsNoiseSigmas}"),
            string.Create(c, $"--min-price-move {o.Rules.MinPriceMove:0.####}"),
        };
        if (extreme) parts.Add("--extreme");
        if (!s.Backtest) parts.Add("--no-backtest");
        if (s.Parallelism is { } t) parts.Add($"--threads {t}");
        if (output is not null) parts.Add($"--out {output}");
        if (json) parts.Add("--json");
        return string.Join(' ', parts);
    }
}
