using System.CommandLine;
using ActorCluster.Client.Http;
using Spectre.Console;

namespace ActorCluster.Client.Commands;

/// <summary><c>actorcluster ack ASIN ALERT_ID [--note TEXT]</c>: acknowledges the ASIN's open alert.</summary>
public static class AckCommand
{
    public static Command Create()
    {
        var endpoint = new AlertEndpointOptions();
        var asin = new Argument<string>("asin") { Description = "The ASIN" };
        var alertId = new Argument<string>("alert-id") { Description = "The open alert's id (see 'actorcluster alerts ASIN')" };
        var note = new Option<string?>("--note") { Description = "Why, for the history" };
        var by = new Option<string?>("--by") { Description = "Who acknowledges (default: the API key's name)" };
        var command = new Command("ack", "Acknowledge an ASIN's open alert (HTTP API)") { asin, alertId, note, by };
        endpoint.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            if (AlertApiCommand.CheckAsin(parse.GetValue(asin), out var id) is { } error)
                return Task.FromResult(ClusterCommand.Error(error, ExitCodes.BadInput));
            var alert = parse.GetValue(alertId)?.Trim();
            if (string.IsNullOrEmpty(alert)) return Task.FromResult(ClusterCommand.Error("the alert id is empty", ExitCodes.BadInput));
            return AlertApiCommand.RunAsync(parse, endpoint, ct, async api =>
            {
                var n = await api.AcknowledgeAsync(id, alert, parse.GetValue(note), parse.GetValue(by), ct);
                AnsiConsole.MarkupLine($"acknowledged {Markup.Escape(n.AlertId ?? alert)} of {Markup.Escape(n.Asin)} " +
                                       $"(#{n.Sequence}, [{AlertFormat.TierColour(n.Tier)}]{Markup.Escape(n.Tier)}[/]){(n.By is { } who ? " by " + Markup.Escape(who) : "")}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
