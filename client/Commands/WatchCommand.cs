using System.CommandLine;
using ActorCluster.AlertClient;
using ActorCluster.Client.Connection;
using ActorCluster.Client.Http;
using Microsoft.AspNetCore.SignalR;
using Spectre.Console;

namespace ActorCluster.Client.Commands;

/// <summary>
/// <c>actorcluster watch [--asin A]... [--category C]... [--tier red]... [--all] [--for 30s]</c>: live alert
/// transitions from the silos' hub, one coloured line each, until Ctrl+C or the --for time is up.
/// </summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var endpoint = new AlertEndpointOptions();
        var asins = new Option<string[]>("--asin") { Description = "Watch this ASIN (repeatable)", AllowMultipleArgumentsPerToken = false };
        var categories = new Option<string[]>("--category") { Description = "Watch every ASIN of this category (repeatable)", AllowMultipleArgumentsPerToken = false };
        var tiers = new Option<string[]>("--tier") { Description = "Watch every transition of this tier: yellow, orange or red (repeatable)", AllowMultipleArgumentsPerToken = false };
        var all = new Option<bool>("--all") { Description = "Watch everything (the default when no filter is given)" };
        var duration = new Option<string?>("--for") { Description = "Stop after this long (30s, 15m, 2h, 1d); default: until Ctrl+C" };
        var command = new Command("watch", "Show alert transitions live as the silos push them") { asins, categories, tiers, all, duration };
        endpoint.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var subscription = new AlertSubscription { All = parse.GetValue(all) };
            foreach (var raw in parse.GetValue(asins) ?? [])
            {
                if (AlertApiCommand.CheckAsin(raw, out var asin) is { } error) return ClusterCommand.Error($"--asin: {error}", ExitCodes.BadInput);
                subscription.Asins.Add(asin);
            }
            foreach (var c in parse.GetValue(categories) ?? [])
            {
                if (string.IsNullOrWhiteSpace(c)) return ClusterCommand.Error("--category is empty", ExitCodes.BadInput);
                subscription.Categories.Add(c.Trim());
            }
            foreach (var raw in parse.GetValue(tiers) ?? [])
            {
                if (AlertFormat.Tier(raw) is not { } tier) return ClusterCommand.Error($"--tier '{raw}' is not yellow, orange or red", ExitCodes.BadInput);
                subscription.Tiers.Add(tier);
            }
            if (subscription.Asins.Count + subscription.Categories.Count + subscription.Tiers.Count == 0) subscription.All = true;
            TimeSpan? limit = null;
            if (parse.GetValue(duration) is { } text)
            {
                if (!AlertDuration.TryParse(text, out var d, out var error)) return ClusterCommand.Error($"--for: {error}", ExitCodes.BadInput);
                limit = d;
            }
            AlertEndpoint target;
            try { target = endpoint.Read(parse); }
            catch (ArgumentException e) { return ClusterCommand.Error(e.Message, ExitCodes.BadInput); }
            var connectTimeout = TimeSpan.FromSeconds(parse.GetValue(ConnectionOptions.ConnectTimeout));
            if (connectTimeout <= TimeSpan.Zero) return ClusterCommand.Error("--connect-timeout must be positive", ExitCodes.BadInput);
            return await WatchAsync(target, subscription, limit, connectTimeout, ct);
        });
        return command;
    }

    private static async Task<int> WatchAsync(
        AlertEndpoint target, AlertSubscription subscription, TimeSpan? limit, TimeSpan connectTimeout, CancellationToken ct)
    {
        AlertFormat.NoWrapWhenRedirected();
        await using var client = new AlertHubClient(new AlertHubClientOptions
        {
            Urls = [.. target.Urls], ApiKey = target.ApiKey, Protocol = target.Protocol, Subscription = subscription, KeepReceived = 0,
            ConnectTimeout = connectTimeout,
        });
        client.ConnectionChanged += (_, e) => AnsiConsole.MarkupLine($"[grey]{ClusterCommand.Escape(Describe(e))}[/]");
        try { await client.StartAsync(ct); }
        catch (AlertHubUnavailableException e) { return ClusterCommand.Error(e.Message, ExitCodes.Failure); }
        catch (HubException e) { return ClusterCommand.Error($"the hub refused the subscription: {e.Message}", ExitCodes.BadInput); }
        catch (OperationCanceledException) { return ClusterCommand.Error("cancelled", ExitCodes.Failure); }

        AnsiConsole.MarkupLine($"[grey]watching {ClusterCommand.Escape(Describe(client.Subscription ?? subscription))} " +
                               $"on {client.ConnectedTo} ({target.Protocol}, times UTC){(limit is { } l ? $" for {AlertDuration.Format(l)}" : "; Ctrl+C stops")}[/]");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (limit is { } span) stop.CancelAfter(span);
        try
        {
            await foreach (var notice in client.ReadAllAsync(stop.Token))
                AnsiConsole.MarkupLine(AlertFormat.Line(notice));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
        AnsiConsole.MarkupLine($"[grey]delivered {client.Delivered}, duplicates dropped {client.Duplicates}, reconnects {client.Reconnects}" +
                               (client.ReceiptsRejected > 0 ? $", receipts rejected {client.ReceiptsRejected}" : "") + "[/]");
        return ExitCodes.Ok;
    }

    private static string Describe(AlertConnectionEvent e) => e.Kind switch
    {
        AlertConnectionEventKind.Connected => $"connected to {e.Url}{(e.Replayed > 0 ? $"; replayed {e.Replayed}" : "")}",
        AlertConnectionEventKind.ConnectFailed => $"could not connect to {e.Url}: {e.Error?.GetBaseException().Message}",
        AlertConnectionEventKind.Reconnecting => $"lost {e.Url}{Why(e)}; reconnecting",
        AlertConnectionEventKind.FailingOver => $"{e.Url} is gone{Why(e)}; trying the other silos",
        AlertConnectionEventKind.Reconnected => $"reconnected to {e.Url}; replay returned {e.Replayed}, {e.Delivered} delivered with the live ones held meanwhile",
        AlertConnectionEventKind.ReplayFailed => $"{e.Url} refused the replay ({e.Error?.Message}); transitions missed while disconnected are not shown",
        _ => e.Kind.ToString(),
    };

    private static string Why(AlertConnectionEvent e) => e.Error is { } x ? $" ({x.GetBaseException().Message})" : "";

    private static string Describe(AlertSubscription s) =>
        s.All ? "everything"
              : string.Join(", ", new[]
                {
                    s.Asins.Count > 0 ? "ASINs " + string.Join(" ", s.Asins) : null,
                    s.Categories.Count > 0 ? "categories " + string.Join(", ", s.Categories) : null,
                    s.Tiers.Count > 0 ? "tiers " + string.Join(", ", s.Tiers) : null,
                }.Where(x => x is not null));
}
