namespace ActorCluster.Analytics.Volatility;

/// <summary>Plain, version-stable snapshot of a <see cref="VolatilityThreshold"/>; the grain maps it to its own serialized state.</summary>
/// <param name="Metric">The metric watched.</param>
/// <param name="Rolling">Raw window of log-changes and the last level.</param>
/// <param name="Garch">GARCH parameters and next-period variance.</param>
/// <param name="Atr">ATR on the log level.</param>
/// <param name="Entropy">Recent pairs of layer volatilities.</param>
/// <param name="IsAbove">Hysteresis state.</param>
/// <param name="FeedbackPenalty">Recent-weight reduction from the feedback rule, in [0, 1].</param>
/// <param name="PeriodsSinceRefit">Changes since the last GARCH fit attempt.</param>
public sealed record VolatilityThresholdState(
    MetricKind Metric,
    RollingVolatilityState Rolling,
    GarchVolatilityState Garch,
    AverageTrueRangeState Atr,
    EntropyWeightsState Entropy,
    bool IsAbove,
    double FeedbackPenalty,
    int PeriodsSinceRefit);
