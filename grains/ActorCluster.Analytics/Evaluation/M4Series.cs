namespace ActorCluster.Analytics.Evaluation;

/// <summary>One row of an M4 file: the series id and its values in time order.</summary>
public sealed record M4Series(string Id, double[] Values);
