using System.Globalization;
using Spectre.Console;

namespace ActorCluster.Client.Http;

/// <summary>How alert transitions look in the console: colour by tier (resolved green), signals in words.</summary>
public static class AlertFormat
{
    /// <summary>Spectre colour of a transition: Resolved green, Cancelled and feedback grey, otherwise by tier.</summary>
    public static string Colour(string kind, string tier) => kind switch
    {
        "Resolved" => "green",
        "Cancelled" or "FeedbackLowerWeight" => "grey",
        _ => TierColour(tier),
    };

    /// <summary>Yellow, darkorange, red; blue for no tier (commands such as snooze).</summary>
    public static string TierColour(string? tier) => tier?.ToUpperInvariant() switch
    {
        "YELLOW" => "yellow",
        "ORANGE" => "darkorange",
        "RED" => "red",
        _ => "blue",
    };

    /// <summary>Normalises a tier name (yellow, Orange, RED → Yellow, Orange, Red); null when it is not one.</summary>
    public static string? Tier(string? raw) => raw?.Trim().ToUpperInvariant() switch
    {
        "YELLOW" => "Yellow",
        "ORANGE" => "Orange",
        "RED" => "Red",
        _ => null,
    };

    public static string Probability(double? p) => p is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    public static string Number(double v) =>
        double.IsFinite(v) ? v.ToString(Math.Abs(v) >= 100 ? "0.#" : "0.###", CultureInfo.InvariantCulture) : v.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>UnitsThreshold 154 (line 120, up)</c>, joined with "; ".</summary>
    public static string Signals(IEnumerable<SignalView> signals) => string.Join("; ", signals.Select(s =>
    {
        var about = new List<string>(2);
        if (s.Threshold is { } t) about.Add($"line {Number(t)}");
        if (s.Direction != 0) about.Add(s.Direction > 0 ? "up" : "down");
        return $"{s.Kind} {Number(s.Value)}" + (about.Count > 0 ? $" ({string.Join(", ", about)})" : "");
    }));

    /// <summary>One line of markup for a transition: time, ASIN, sequence, kind and tier, probability, reason, signals.</summary>
    public static string Line(AlertNotice n)
    {
        var colour = Colour(n.Kind, n.Tier);
        var what = n.Tier is "" or "None" ? n.Kind : $"{n.Kind} {n.Tier}";
        var line = $"[grey]{n.RaisedAt:HH:mm:ss}[/] [bold]{Markup.Escape(n.Asin)}[/] [grey]#{n.Sequence}[/] [{colour}]{Markup.Escape(what)}[/]";
        if (n.Probability is not null) line += $" p {Probability(n.Probability)}";
        if (n.Reason.Length > 0) line += " " + Markup.Escape(n.Reason);
        if (n.Signals.Count > 0) line += $" [grey]signals:[/] {Markup.Escape(Signals(n.Signals))}";
        if (n.Inhibited.Count > 0) line += $" [grey]explained: {Markup.Escape(string.Join(", ", n.Inhibited.Select(s => s.Kind)))}[/]";
        if (n.By is { Length: > 0 } by) line += $" [grey]by {Markup.Escape(by)}[/]";
        return line;
    }

    /// <summary>Spectre wraps at 80 columns when output is redirected; one notice per line reads better in logs and pipes.</summary>
    public static void NoWrapWhenRedirected()
    {
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 4096;
    }
}
