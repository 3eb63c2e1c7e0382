using ActorCluster.Analytics.Volatility;

namespace ActorCluster.Analytics.Pipeline;

/// <summary>What one pushed period did to the thresholds and drift test; a value type, so a push allocates nothing.</summary>
public readonly record struct AnalyticsStep(
    DateTime Period,
    int Imputed,
    ThresholdUpdate Units,
    ThresholdUpdate Price,
    ThresholdUpdate SalesRank,
    double ForecastResidual,
    bool DriftDetected);
