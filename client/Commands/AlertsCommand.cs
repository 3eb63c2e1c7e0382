using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ActorCluster.AlertClient;
using ActorCluster.Client.Http;
using Spectre.Console;

namespace ActorCluster.Client.Commands;

/// <summary><c>actorcluster alerts ASIN [--after N] [--max M] [--json]</c>: the open alert, snoozes, rule override and history.</summary>
public static class AlertsCommand
{
    private static readonly JsonSerializerOptions Indented = new(AlertApiClient.Json) { WriteIndented = true };

    public static Command Create()
    {
        var endpoint = new AlertEndpointOptions();
        var asin = new Argument<string>("asin") { Description = "The ASIN" };
        var after = new Option<long>("--after") { Description = "Only history after this sequence number", DefaultValueFactory = _ => 0 };
        var max = new Option<int?>("--max") { Description = "At most this many history entries" };
        var json = new Option<bool>("--json") { Description = "Print the answer as JSON" };
        var command = new Command("alerts", "Show an ASIN's alerts: open alert, snoozes, rules and history (HTTP API)") { asin, after, max, json };
        endpoint.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            if (AlertApiCommand.CheckAsin(parse.GetValue(asin), out var id) is { } error)
                return Task.FromResult(ClusterCommand.Error(error, ExitCodes.BadInput));
            if (parse.GetValue(after) < 0) return Task.FromResult(ClusterCommand.Error("--after must be >= 0", ExitCodes.BadInput));
            if (parse.GetValue(max) is < 1) return Task.FromResult(ClusterCommand.Error("--max must be >= 1", ExitCodes.BadInput));
            return AlertApiCommand.RunAsync(parse, endpoint, ct, async api =>
            {
                var view = await api.GetAlertsAsync(id, parse.GetValue(after), parse.GetValue(max), ct);
                if (parse.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(view, Indented));
                else Print(view);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static void Print(AlertsView v)
    {
        AlertFormat.NoWrapWhenRedirected();
        AnsiConsole.MarkupLine($"[bold]{Esc(v.Asin)}[/]  category {Esc(v.Category ?? "-")}  last sequence {v.LastSequence}  oldest held {v.OldestHeld}  (times UTC)");
        if (v.Open is { } o)
        {
            var ack = o.AcknowledgedBy is { Length: > 0 } by
                ? $"  acknowledged by {Esc(by)} at {o.AcknowledgedAt:yyyy-MM-dd HH:mm}{(o.AcknowledgeNote is { } n ? $": {Esc(n)}" : "")}"
                : "";
            AnsiConsole.MarkupLine($"open      {Esc(o.Id)}  [{AlertFormat.TierColour(o.Tier)}]{Esc(o.State)} {Esc(o.Tier)}[/] since {o.OpenedAt:yyyy-MM-dd HH:mm}{ack}");
        }
        else AnsiConsole.MarkupLine("open      none");
        foreach (var s in v.Snoozes)
            AnsiConsole.MarkupLine($"snoozed   {Esc(s.Scope)}{(s.Tier is { } t ? " " + Esc(t) : "")}{(s.Category is { } c ? " " + Esc(c) : "")} " +
                                   $"until {s.Until:yyyy-MM-dd HH:mm} by {Esc(s.By)}{(s.Note is { } n ? ": " + Esc(n) : "")}");
        AnsiConsole.MarkupLine(v.Override is null ? "rules     defaults" : $"rules     {Esc(Overrides(v.Override))}");
        if (v.FeedbackPenalty.Any(p => p != 0))
            AnsiConsole.MarkupLine($"feedback  recent-weight reduction (units, price, rank) {string.Join(" ", v.FeedbackPenalty.Select(p => p.ToString("0.###", CultureInfo.InvariantCulture)))}");
        if (v.History.Count == 0) { AnsiConsole.MarkupLine("history   none"); return; }
        var table = new Table().Border(TableBorder.Minimal)
            .AddColumns("#", "raised", "period", "kind", "tier", "p", "reason", "signals", "by", "alert");
        foreach (var n in v.History)
        {
            var colour = AlertFormat.Colour(n.Kind, n.Tier);
            table.AddRow(n.Sequence.ToString(CultureInfo.InvariantCulture), $"{n.RaisedAt:yyyy-MM-dd HH:mm:ss}", $"{n.Period:yyyy-MM-dd}",
                $"[{colour}]{Esc(n.Kind)}[/]", $"[{colour}]{Esc(n.Tier)}[/]", AlertFormat.Probability(n.Probability),
                Esc(n.Reason), Esc(AlertFormat.Signals(n.Signals)), Esc(n.By ?? ""), Esc(n.AlertId ?? ""));
        }
        AnsiConsole.Write(table);
    }

    /// <summary>The fields of the override that are set, as name=value.</summary>
    private static string Overrides(AlertOverride o) =>
        string.Join("  ", typeof(AlertOverride).GetProperties()
            .Select(p => (p.Name, Value: p.GetValue(o)))
            .Where(x => x.Value is not null)
            .Select(x => $"{x.Name}={Convert.ToString(x.Value, CultureInfo.InvariantCulture)}"));

    private static string Esc(string s) => Markup.Escape(s);
}
