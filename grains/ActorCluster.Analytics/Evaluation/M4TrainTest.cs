namespace ActorCluster.Analytics.Evaluation;

/// <summary>An M4 series with its training part and the held-out test part (the horizon to forecast).</summary>
public sealed record M4TrainTest(string Id, double[] Train, double[] Test);
