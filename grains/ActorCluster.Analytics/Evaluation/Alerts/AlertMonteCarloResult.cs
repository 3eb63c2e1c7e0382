using ActorCluster.Analytics.Alerts;

namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>What <see cref="AlertMonteCarlo.Run"/> measured.</summary>
/// <param name="Settings">The Monte Carlo run.</param>
/// <param name="Options">The replay and scoring options.</param>
/// <param name="Before">All markets pooled, the default rules throughout.</param>
/// <param name="After">All markets pooled, the likelihoods re-estimated monthly; null without the backtest.</param>
/// <param name="Markets">Each market on its own, by seed.</param>
/// <param name="Reestimations">Re-estimations per market in the backtest (0 without it).</param>
/// <param name="FinalEstimate">
/// The estimator applied to every scored period of every market of the backtest at the end (what a fleet-wide
/// re-estimation would set next); null without the backtest.
/// </param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
public sealed record AlertMonteCarloResult(
    AlertMonteCarloSettings Settings,
    AlertEvaluationOptions Options,
    AlertScore Before,
    AlertScore? After,
    IReadOnlyList<MarketScore> Markets,
    int Reestimations,
    AlertRuleOptions? FinalEstimate,
    TimeSpan Elapsed);
