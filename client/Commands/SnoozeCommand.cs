using System.CommandLine;
using ActorCluster.AlertClient;
using ActorCluster.Client.Http;
using Spectre.Console;

namespace ActorCluster.Client.Commands;

/// <summary>
/// <c>actorcluster snooze ASIN --for 2h [--tier red] [--note TEXT]</c> or <c>actorcluster snooze --category C --for 2h</c>:
/// silences notifications until a time (the transitions are still recorded).
/// </summary>
public static class SnoozeCommand
{
    public static Command Create()
    {
        var endpoint = new AlertEndpointOptions();
        var asin = new Argument<string?>("asin") { Description = "The ASIN (omit with --category)", Arity = ArgumentArity.ZeroOrOne };
        var category = new Option<string?>("--category") { Description = "Snooze every ASIN of this category instead" };
        var duration = new Option<string?>("--for") { Description = "How long (30s, 15m, 2h, 1d); required" };
        var tier = new Option<string?>("--tier") { Description = "Only this tier of the ASIN: yellow, orange or red" };
        var note = new Option<string?>("--note") { Description = "Why, for the history" };
        var by = new Option<string?>("--by") { Description = "Who asks (default: the API key's name)" };
        var command = new Command("snooze", "Silence an ASIN, one of its tiers, or a category for a while (HTTP API)")
            { asin, category, duration, tier, note, by };
        endpoint.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            if (Build(parse.GetValue(asin), parse.GetValue(category), parse.GetValue(duration), parse.GetValue(tier),
                    parse.GetValue(note), parse.GetValue(by), out var target, out var request) is { } error)
                return Task.FromResult(ClusterCommand.Error(error, ExitCodes.BadInput));
            return AlertApiCommand.RunAsync(parse, endpoint, ct, async api =>
            {
                if (request.Scope == "Category")
                {
                    var s = await api.SnoozeCategoryAsync(target, request, ct);
                    AnsiConsole.MarkupLine($"snoozed category {Markup.Escape(s.Category ?? target)} until {s.Until:yyyy-MM-dd HH:mm} UTC by {Markup.Escape(s.By)}");
                }
                else
                {
                    var n = await api.SnoozeAsync(target, request, ct);
                    AnsiConsole.MarkupLine($"snoozed {Markup.Escape(n.Asin)}{(request.Tier is { } t ? $" tier {t}" : "")} until {request.Until:yyyy-MM-dd HH:mm} UTC (#{n.Sequence})");
                }
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    /// <summary>The request and its target (ASIN or category), or the error to print.</summary>
    private static string? Build(string? rawAsin, string? category, string? duration, string? rawTier, string? note, string? by,
        out string target, out SnoozeRequest request)
    {
        target = "";
        request = new SnoozeRequest();
        bool hasAsin = !string.IsNullOrWhiteSpace(rawAsin), hasCategory = !string.IsNullOrWhiteSpace(category);
        if (hasAsin == hasCategory) return "give either an ASIN or --category (exactly one)";
        if (duration is null) return "--for is required: how long to snooze (e.g. --for 2h)";
        if (!AlertDuration.TryParse(duration, out var span, out var durationError)) return $"--for: {durationError}";
        string? tier = null;
        if (rawTier is not null && (tier = AlertFormat.Tier(rawTier)) is null) return $"--tier '{rawTier}' is not yellow, orange or red";
        if (hasCategory && tier is not null) return "--tier applies to an ASIN snooze, not to --category";
        if (hasAsin)
        {
            if (AlertApiCommand.CheckAsin(rawAsin, out target) is { } asinError) return asinError;
        }
        else target = category!.Trim();
        request = new SnoozeRequest
        {
            Scope = hasCategory ? "Category" : tier is null ? "Asin" : "Tier",
            Until = DateTime.UtcNow + span,
            By = by?.Trim() ?? "", // empty: the silo names the API key
            Tier = tier,
            Category = hasCategory ? target : null,
            Note = string.IsNullOrWhiteSpace(note) ? null : note,
        };
        return null;
    }
}
