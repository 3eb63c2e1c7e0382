namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>The scores of one market (Monte Carlo replicate) on its own.</summary>
/// <param name="Seed">The market's seed.</param>
/// <param name="Before">With the default rules throughout.</param>
/// <param name="After">With the monthly re-estimated likelihoods; null without the backtest.</param>
public sealed record MarketScore(long Seed, AlertScore Before, AlertScore? After);
