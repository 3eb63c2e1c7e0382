namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>
/// What replaying one simulated ASIN through the analytics and the alert lifecycle produced, with its labels.
/// Periods are counted from <see cref="Start"/> (period 0).
/// </summary>
/// <param name="Asin">The ASIN id.</param>
/// <param name="Market">Index of the market (Monte Carlo replicate) it belongs to; 0 for a single market.</param>
/// <param name="Start">The first period.</param>
/// <param name="Periods">Number of periods of the series (missing ones included).</param>
/// <param name="Labels">The injected anomalies, in periods.</param>
/// <param name="Alerts">The alerts that fired, in order.</param>
/// <param name="Probabilities">
/// The decision's composite probability per period (<see cref="ActorCluster.Analytics.Alerts.AlertDecision.Probability"/>,
/// the prior when no signal counts); NaN for a period the feed missed (the grain never receives it) or not replayed yet.
/// </param>
/// <param name="SignalMasks">Per period, bit k set when signal kind k counted in the decision (0 for missing periods).</param>
/// <param name="OutOfStock">
/// Per period, true when the simulated listing was out of stock (an unlabelled market event); null when unknown.
/// Read only when <see cref="AlertEvaluationOptions.StockOutsAreEvents"/> is set.
/// </param>
public sealed record AsinReplay(
    string Asin,
    int Market,
    DateTime Start,
    int Periods,
    IReadOnlyList<LabelSpan> Labels,
    IReadOnlyList<ReplayedAlert> Alerts,
    IReadOnlyList<double> Probabilities,
    IReadOnlyList<int> SignalMasks,
    IReadOnlyList<bool>? OutOfStock = null);
