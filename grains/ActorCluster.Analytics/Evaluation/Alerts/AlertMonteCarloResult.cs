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
/// <param name="BeforeStockOutsAsEvents">
/// <see cref="Before"/> scored with <see cref="AlertEvaluationOptions.StockOutsAreEvents"/> (alerts on simulated
/// stock-outs are true): the second definition, reported beside the first.
/// </param>
/// <param name="AfterStockOutsAsEvents"><see cref="After"/> under the same second definition; null without the backtest.</param>
public sealed record AlertMonteCarloResult(
    AlertMonteCarloSettings Settings,
    AlertEvaluationOptions Options,
    AlertScore Before,
    AlertScore? After,
    IReadOnlyList<MarketScore> Markets,
    int Reestimations,
    AlertRuleOptions? FinalEstimate,
    TimeSpan Elapsed,
    AlertScore? BeforeStockOutsAsEvents = null,
    AlertScore? AfterStockOutsAsEvents = null);
