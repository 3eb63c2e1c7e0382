using ActorCluster.Analytics.Alerts;

namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>
/// One alert of a replay: a <see cref="AlertTransitionKind.Firing"/> transition and what followed it. Periods are
/// counted from the series' first period (0).
/// </summary>
/// <param name="Id">The lifecycle's alert id (<c>ASIN-sequence</c>).</param>
/// <param name="FiredPeriod">The period it fired.</param>
/// <param name="FiredTier">The tier it fired at.</param>
/// <param name="ProbabilityAtFiring">The composite probability of the firing period.</param>
/// <param name="Escalations">Each escalation (a tier up while firing), in order.</param>
/// <param name="ResolvedPeriod">The period it resolved, or null when it was still open at the end.</param>
/// <param name="SignalsAtFiring">The signals that counted in the firing period's decision (empty when not recorded).</param>
public sealed record ReplayedAlert(
    string Id,
    int FiredPeriod,
    AlertTier FiredTier,
    double ProbabilityAtFiring,
    IReadOnlyList<TierChange> Escalations,
    int? ResolvedPeriod = null,
    IReadOnlyList<SignalKind>? SignalsAtFiring = null)
{
    /// <summary>The signals that counted when it fired (never null).</summary>
    public IReadOnlyList<SignalKind> FiringSignals => SignalsAtFiring ?? [];

    /// <summary>The highest tier the alert reached.</summary>
    public AlertTier MaxTier => Escalations.Count == 0 ? FiredTier : (AlertTier)Math.Max((int)FiredTier, Escalations.Max(e => (int)e.Tier));

    /// <summary>The firing and every escalation, in order: each time the alert reached a tier.</summary>
    public IEnumerable<TierChange> Changes => Escalations.Prepend(new TierChange(FiredPeriod, FiredTier));

    /// <summary>The first period at which the alert was at <paramref name="tier"/> or above (fired or escalated); null if never.</summary>
    public int? PeriodReaching(AlertTier tier)
    {
        foreach (var c in Changes)
            if (c.Tier >= tier) return c.Period;
        return null;
    }
}
