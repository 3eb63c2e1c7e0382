using ActorCluster.Analytics.Volatility;

namespace ActorCluster.Analytics.Alerts;

/// <summary>What <see cref="AlertLifecycle.Evaluate"/> did with one observation.</summary>
/// <param name="Decision">The rules' decision for the period.</param>
/// <param name="Transitions">History entries recorded by this period, in sequence order (often none).</param>
/// <param name="LowerRecentWeight">
/// Metrics whose dynamic-layer weight should drop one step: the caller calls
/// <see cref="VolatilityThreshold.LowerRecentWeight"/> on each. Usually empty.
/// </param>
public sealed record AlertEvaluation(
    AlertDecision Decision, IReadOnlyList<AlertTransition> Transitions, IReadOnlyList<MetricKind> LowerRecentWeight);
