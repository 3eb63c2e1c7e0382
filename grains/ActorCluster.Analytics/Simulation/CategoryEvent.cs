namespace ActorCluster.Analytics.Simulation;

/// <summary>A market event of a category (not an anomaly: it is real demand, so it carries no label).</summary>
/// <param name="Kind">What happens.</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day of a price war; the day a new entrant's share loss is complete.</param>
/// <param name="Magnitude">Price cut of a price war, or demand share lost to a new entrant, as a fraction.</param>
public sealed record CategoryEvent(CategoryEventKind Kind, DateTime Start, DateTime End, double Magnitude);
