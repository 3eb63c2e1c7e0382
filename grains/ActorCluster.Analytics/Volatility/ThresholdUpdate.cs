namespace ActorCluster.Analytics.Volatility;

/// <summary>Result of <see cref="VolatilityThreshold.TryPush"/>; a value type, so pushing allocates nothing.</summary>
/// <param name="Status">Whether the level was used; when rejected nothing else changed.</param>
/// <param name="Change">The log-change; NaN unless accepted.</param>
/// <param name="Score">Absolute deviation <c>|change − μ|</c> judged against the trigger; NaN unless accepted.</param>
/// <param name="Threshold">The trigger the change was judged against (set before this change); NaN while warming up.</param>
/// <param name="IsAbove">Hysteresis state after this change.</param>
/// <param name="Transition">Entry into or exit from the "above" state caused by this change.</param>
public readonly record struct ThresholdUpdate(
    PushStatus Status, double Change, double Score, double Threshold, bool IsAbove, HysteresisTransition Transition);
