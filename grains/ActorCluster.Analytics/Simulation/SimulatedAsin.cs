namespace ActorCluster.Analytics.Simulation;

/// <summary>The full simulated series of one ASIN with its ground truth.</summary>
/// <param name="Asin">The ASIN id, e.g. "S000000042".</param>
/// <param name="Category">The category's name.</param>
/// <param name="Days">One entry per simulated day, in order from the scenario's start.</param>
/// <param name="Labels">The injected anomalies, ordered by start.</param>
/// <param name="Truth">The parameters the series was generated with.</param>
public sealed record SimulatedAsin(
    string Asin,
    string Category,
    IReadOnlyList<SimulatedDay> Days,
    IReadOnlyList<AnomalyLabel> Labels,
    AsinTruth Truth);
