using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ActorCluster.Analytics.Evaluation.Alerts;
using Spectre.Console;

namespace ActorCluster.Client.Evaluation;

/// <summary>One Monte Carlo set of <c>evaluate-alerts</c> ("regular" or "extreme") and its result.</summary>
public sealed record AlertsEvaluationSet(string Name, AlertMonteCarloResult Result);

/// <summary>Renders the alert evaluation: Spectre tables on the console, the same as Markdown, or JSON for tools.</summary>
public static class AlertsReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        // A file for tools, not HTML: keep "+", "−" and "'" readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        // Empty bins and missing delays are NaN; they must not break the file.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The definitions every report states first.</summary>
    public static IReadOnlyList<string> Definitions(AlertEvaluationOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return
        [
            $"Label window: [start, end + W] of an injected anomaly, W = {o.Window} periods; a period inside one is anomalous.",
            $"Warm-up: the first {o.WarmupPeriods} days are not scored (alerts, labels, calibration); missing days are skipped, as the grain never receives them.",
            "Alert = a Firing transition. TRUE if its firing day lies in some label window, else a FALSE ALARM. False-alarm rate = false alarms / alerts; also per 1,000 scored ASIN-days.",
            "Tier T (yellow+, orange+, red): an alert counts at T when it fired at T or above or escalated to T or above; true at T when that day lies in a label window. Red precision = true red / red alerts.",
            "Second definition (rows marked so): an alert within [first, last + W] of a simulated stock-out (not labelled as an anomaly by the simulator, but an alert signal in MISSION §6) also counts as true; capture is unchanged.",
            "A label is CAPTURED at T when an alert fires at T or above, or escalates to T or above, within its window. MissingData labels (no observation reaches the rules) are reported per kind but left out of the overall capture.",
            "Detection delay = first qualifying firing/escalation day − label start, in periods (median, mean, p90 over captured labels).",
            "Calibration: each scored period's composite probability (the prior when no signal counts) in bins of 0.1, against the share of the bin's periods that are anomalous; Brier = mean (p − anomalous)².",
            $"Replay: the grain's path per ASIN (AsinAnalytics.Push → AlertLifecycle.Evaluate, feedback cuts applied), RefitIfDue once per {o.BatchPeriods} calendar days (one simulated ingest batch).",
            $"Backtest (after): every {o.ReestimateEvery} days after the warm-up, P(signal | anomaly), P(signal | normal) per signal kind{(o.ReestimatePrior ? " and the prior" : "")} are re-estimated per market from the scored periods so far (Laplace-smoothed, bounded to [{o.ProbabilityBound}, {1 - o.ProbabilityBound}]) and applied to every ASIN of the market for the next month; before = default rules throughout.",
        ];
    }

    /// <summary>Prints every set's tables on the console.</summary>
    public static void Render(IAnsiConsole console, string commandLine, IReadOnlyList<AlertsEvaluationSet> sets, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.MarkupLine($"[bold]{Markup.Escape(commandLine)}[/]  ({Markup.Escape(Runtime(sets, elapsed))})");
        foreach (var set in sets)
        {
            console.WriteLine();
            console.MarkupLine($"[bold underline]{Markup.Escape(Describe(set))}[/]");
            foreach (var t in AlertsReportTables.Build(set.Name, set.Result))
            {
                var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(t.Title));
                foreach (var h in t.Headers) table.AddColumn(new TableColumn(Markup.Escape(h)));
                foreach (var row in t.Rows) table.AddRow([.. row.Select(Markup.Escape)]);
                if (t.Note is { } note) table.Caption(Markup.Escape(note));
                console.Write(table);
            }
        }
        console.WriteLine();
        console.MarkupLine("[grey]definitions:[/]");
        foreach (var d in Definitions(sets[0].Result.Options)) console.MarkupLine($"[grey]- {Markup.Escape(d)}[/]");
    }

    /// <summary>The same report as Markdown.</summary>
    public static string Markdown(string commandLine, IReadOnlyList<AlertsEvaluationSet> sets, TimeSpan elapsed)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("# Alert evaluation (Monte Carlo)").AppendLine();
        sb.AppendLine(c, $"`{commandLine}` — {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z, {Runtime(sets, elapsed)}, {Environment.ProcessorCount} cores").AppendLine();
        sb.AppendLine("## Definitions").AppendLine();
        foreach (var d in Definitions(sets[0].Result.Options)) sb.AppendLine("- " + d);
        foreach (var set in sets)
        {
            sb.AppendLine().AppendLine(c, $"## {Describe(set)}");
            foreach (var t in AlertsReportTables.Build(set.Name, set.Result))
            {
                sb.AppendLine().AppendLine(c, $"### {t.Title}").AppendLine();
                sb.AppendLine("| " + string.Join(" | ", t.Headers.Select(Cell)) + " |");
                sb.AppendLine("|" + string.Concat(t.Headers.Select((_, i) => i == 0 ? " --- |" : " ---: |")));
                foreach (var row in t.Rows) sb.AppendLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
                if (t.Note is { } note) sb.AppendLine().AppendLine(c, $"_{note}_");
            }
        }
        return sb.ToString();
    }

    /// <summary>The results as JSON (settings, scores before and after, per market, likelihoods).</summary>
    public static string ToJson(string commandLine, IReadOnlyList<AlertsEvaluationSet> sets, TimeSpan elapsed) => JsonSerializer.Serialize(new
    {
        Command = commandLine,
        GeneratedUtc = DateTime.UtcNow,
        ElapsedSeconds = elapsed.TotalSeconds,
        Definitions = Definitions(sets[0].Result.Options),
        Sets = sets.Select(s => new
        {
            s.Name,
            s.Result.Settings,
            ElapsedSeconds = s.Result.Elapsed.TotalSeconds,
            s.Result.Options.Window,
            s.Result.Options.WarmupPeriods,
            s.Result.Options.BatchPeriods,
            s.Result.Options.Rules.FireAfter,
            s.Result.Options.Rules.ResolveAfter,
            s.Result.Reestimations,
            s.Result.Before,
            s.Result.After,
            s.Result.BeforeStockOutsAsEvents,
            s.Result.AfterStockOutsAsEvents,
            s.Result.Markets,
            DefaultLikelihoods = s.Result.Options.Rules.Likelihoods,
            DefaultPrior = s.Result.Options.Rules.PriorProbability,
            EstimatedLikelihoods = s.Result.FinalEstimate?.Likelihoods,
            EstimatedPrior = s.Result.FinalEstimate?.PriorProbability,
        }),
    }, Json);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Describe(AlertsEvaluationSet set)
    {
        var s = set.Result.Settings;
        return string.Create(CultureInfo.InvariantCulture,
            $"{set.Name} set: {s.Markets} markets (seeds {s.Seed}..{s.Seed + s.Markets - 1}) × {s.Asins} ASINs × {s.Days} days, anomaly rate {s.AnomalyRate}" +
            $"{(s.Extreme ? ", extreme moves > 15% (MarketScenario.Extreme)" : "")}, {set.Result.Elapsed.TotalSeconds:0.0} s");
    }

    private static string Runtime(IReadOnlyList<AlertsEvaluationSet> sets, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture, $"runtime {elapsed.TotalSeconds:0.0} s: ") +
        string.Join(", ", sets.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Result.Elapsed.TotalSeconds:0.0} s")));
}
