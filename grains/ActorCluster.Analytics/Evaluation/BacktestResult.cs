using ActorCluster.Analytics.Accuracy;

namespace ActorCluster.Analytics.Evaluation;

/// <summary>
/// The outcome of a rolling-origin backtest: every origin's accuracy, and their mean (each origin weighs the
/// same; a measure that is NaN at some origins, e.g. MAPE when all actuals there are 0, is averaged over the others).
/// </summary>
public sealed record BacktestResult(int Horizon, IReadOnlyList<BacktestOrigin> Origins, AccuracySummary Mean);
