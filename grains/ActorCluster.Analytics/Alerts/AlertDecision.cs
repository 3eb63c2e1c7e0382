namespace ActorCluster.Analytics.Alerts;

/// <summary>What the rules decided for one observation, with the signals that caused it.</summary>
/// <param name="Tier">The tier, <see cref="AlertTier.None"/> when nothing qualifies.</param>
/// <param name="Probability">The composite probability of the signals that count.</param>
/// <param name="Signals">The active signals that count (primary first).</param>
/// <param name="Inhibited">Active signals explained by another one (e.g. a rank jump by a stock-out).</param>
/// <param name="Reason">Why this tier, in words.</param>
public sealed record AlertDecision(
    AlertTier Tier, double Probability, IReadOnlyList<AlertSignal> Signals, IReadOnlyList<AlertSignal> Inhibited, string Reason)
{
    /// <summary>Nothing active.</summary>
    public static AlertDecision Quiet(double probability) => new(AlertTier.None, probability, [], [], "no signal");
}
