namespace ActorCluster.Analytics.Alerts;

/// <summary>Persisted state of <see cref="FeedbackTracker"/>.</summary>
/// <param name="WatchUntil">End of the current watch, or null when no alert is watched.</param>
/// <param name="SawMove">A significant move was seen during the current watch.</param>
/// <param name="Run">Alerts in a row not followed by a significant move.</param>
/// <param name="RunMetrics">Metrics (bit = MetricKind) of the alerts in the run.</param>
/// <param name="WatchedMetrics">Metrics of the watched alert.</param>
public sealed record FeedbackState(DateTime? WatchUntil, bool SawMove, int Run, int RunMetrics, int WatchedMetrics);
