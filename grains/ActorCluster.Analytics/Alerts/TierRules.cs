namespace ActorCluster.Analytics.Alerts;

/// <summary>
/// The tier rules of MISSION §6, checked from the top: below <see cref="AlertRuleOptions.MinProbability"/>
/// nothing fires; above <see cref="AlertRuleOptions.RedProbability"/> red; a primary signal with at least
/// <see cref="AlertRuleOptions.OrangeMinSecondary"/> secondary ones orange; any other signal yellow.
/// </summary>
public static class TierRules
{
    /// <summary>Decides the tier of the signals that count (<paramref name="kept"/>).</summary>
    public static AlertDecision Decide(IReadOnlyList<AlertSignal> kept, IReadOnlyList<AlertSignal> inhibited, AlertRuleOptions o)
    {
        double p = CompositeProbability.Compute(kept, o);
        if (kept.Count == 0) return AlertDecision.Quiet(p) with { Inhibited = inhibited };
        var ordered = kept.OrderBy(s => s.IsPrimary ? 0 : 1).ThenBy(s => s.Kind).ToList();
        int primary = ordered.Count(s => s.IsPrimary), secondary = ordered.Count - primary;
        string names = string.Join(", ", ordered.Select(s => s.Kind));
        if (!(p >= o.MinProbability))
            return new(AlertTier.None, p, ordered, inhibited, $"probability {p:0.###} below {o.MinProbability:0.##} ({names})");
        if (p > o.RedProbability)
            return new(AlertTier.Red, p, ordered, inhibited, $"probability {p:0.###} above {o.RedProbability:0.##} ({names})");
        if (primary >= 1 && secondary >= o.OrangeMinSecondary)
            return new(AlertTier.Orange, p, ordered, inhibited, $"{primary} threshold(s) crossed with {secondary} secondary signals ({names})");
        return new(AlertTier.Yellow, p, ordered, inhibited, $"indicator beyond its threshold ({names}), probability {p:0.###}");
    }

    /// <summary>
    /// True when <paramref name="d"/> qualifies strongly enough to fire without the M-of-N debounce: its probability is
    /// above the red line (<see cref="AlertRuleOptions.FireAtOnceAboveRed"/>) or a primary signal that is beyond its line
    /// reaches <see cref="AlertRuleOptions.FireAtOnceMargin"/> times it.
    /// </summary>
    public static bool FiresAtOnce(AlertDecision d, AlertRuleOptions o)
    {
        if (d.Tier == AlertTier.None) return false;
        if (o.FireAtOnceAboveRed && d.Probability > o.RedProbability) return true;
        if (!(o.FireAtOnceMargin > 0)) return false;
        foreach (var s in d.Signals)
            if (s.IsPrimary && s.Beyond && s.Margin >= o.FireAtOnceMargin) return true;
        return false;
    }
}
