using ActorCluster.Analytics.Forecasting.Auto;

namespace ActorCluster.Client.Evaluation;

/// <summary>What <c>actorcluster evaluate</c> was asked to do.</summary>
public sealed record EvaluationRequest(
    string TrainPath, string? TestPath, string OutPath, int Horizon, int SeasonLength, AutoForecastMode Mode, int? Limit);
