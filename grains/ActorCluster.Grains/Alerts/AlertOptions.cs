using ActorCluster.Analytics.Alerts;

namespace ActorCluster.Grains.Alerts;

/// <summary>How ASIN grains raise alerts. Bound from the "Alerts" configuration section.</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>
    /// Only periods at most this old (from now) are judged for alerts (default 7 days): a backfill of history fills
    /// the analytics but does not flood the alert history with alerts about the past. Use a large value to judge everything.
    /// </summary>
    public TimeSpan LiveHorizon { get; set; } = TimeSpan.FromDays(7);

    /// <summary>History entries each grain keeps in its persisted state (default 20; the journal and clients keep more).</summary>
    public int HistoryKept { get; set; } = 20;

    /// <summary>Changes to the default rules for every ASIN (null fields keep the library defaults).</summary>
    public AlertOverride Rules { get; set; } = new();

    private AlertRuleOptions? _defaults;

    /// <summary>The rule options every ASIN starts from (built once).</summary>
    public AlertRuleOptions Defaults => _defaults ??= AlertRules.Apply(new AlertRuleOptions { HistoryLength = HistoryKept }, Rules);

    /// <summary>Throws with every problem found; called at silo start.</summary>
    public void Validate()
    {
        var errors = new List<string>();
        if (LiveHorizon <= TimeSpan.Zero) errors.Add($"Alerts:LiveHorizon must be positive, was {LiveHorizon}");
        if (HistoryKept is < 1 or > 1000) errors.Add($"Alerts:HistoryKept must be 1..1000, was {HistoryKept}");
        try { Defaults.Validate(); }
        catch (ArgumentException e) { errors.Add("Alerts:Rules: " + e.Message); }
        if (errors.Count > 0) throw new InvalidOperationException(string.Join("; ", errors));
    }
}
