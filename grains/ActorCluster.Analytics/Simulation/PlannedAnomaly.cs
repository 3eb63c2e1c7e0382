namespace ActorCluster.Analytics.Simulation;

/// <summary>An anomaly scheduled into an ASIN's series, in simulated-day indexes.</summary>
internal readonly record struct PlannedAnomaly(AnomalyKind Kind, AnomalyMetric Metric, int First, int Last, double Factor);
