using ActorCluster.Analytics.Alerts;

namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>An alert reaching <paramref name="Tier"/> at <paramref name="Period"/> (by firing or escalating).</summary>
/// <param name="Period">The period, counted from the series' first period (0).</param>
/// <param name="Tier">The tier reached.</param>
public readonly record struct TierChange(int Period, AlertTier Tier);
