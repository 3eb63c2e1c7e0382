using ActorCluster.Analytics.Accuracy;

namespace ActorCluster.Analytics.Evaluation;

/// <summary>One forecast origin of a rolling-origin backtest: the training length (the origin) and the accuracy of the forecast made there.</summary>
public sealed record BacktestOrigin(int TrainLength, AccuracySummary Accuracy);
