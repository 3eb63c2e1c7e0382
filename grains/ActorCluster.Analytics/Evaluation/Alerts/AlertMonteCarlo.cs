using System.Diagnostics;
using ActorCluster.Analytics.Simulation;

namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>
/// Monte Carlo evaluation of the alert rules: simulates every market, replays every ASIN (<see cref="AlertReplayer"/>)
/// in parallel and scores the alerts (<see cref="AlertScorer"/>).
/// </summary>
/// <remarks>
/// <para><b>Backtest.</b> Beside the replay with the default rules ("before"), a second replay of every ASIN ("after")
/// re-estimates the parameters monthly: after the warm-up and then every <see cref="AlertEvaluationOptions.ReestimateEvery"/>
/// periods, the scored periods seen so far of all the market's ASINs (an expanding window, pooled per market) give
/// P(signal | anomaly), P(signal | normal) per signal kind and the prior (<see cref="LikelihoodEstimator"/>), which every
/// ASIN of the market then uses (<c>AlertLifecycle.SetOverride</c>) until the next re-estimation. Both replays are
/// complete and independent (the feedback rule acts on each one's own alerts), scored over the same periods.</para>
/// <para><b>Determinism.</b> Each replay depends only on its series and on the overrides it is handed at fixed periods;
/// the months are barriers; the tallies are integers and the scores are summed in ASIN order. So the result is the
/// same whatever the number of threads.</para>
/// </remarks>
public static class AlertMonteCarlo
{
    /// <summary>Runs the Monte Carlo; <paramref name="progress"/> may be read from another thread meanwhile.</summary>
    /// <exception cref="ArgumentException">The settings or the options are invalid.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static AlertMonteCarloResult Run(
        AlertMonteCarloSettings settings, AlertEvaluationOptions? options = null, ReplayProgress? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        options ??= new AlertEvaluationOptions();
        options.Validate();
        var clock = Stopwatch.StartNew();
        int n = settings.Asins, count = settings.Markets * n, variants = settings.Backtest ? 2 : 1;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism ?? -1, CancellationToken = cancellation };
        progress?.Start((long)variants * count * settings.Days, "simulating");

        var scenarios = Enumerable.Range(0, settings.Markets).Select(settings.Scenario).ToArray();
        var replayers = new AlertReplayer[variants * count];
        Parallel.For(0, count, parallel, i =>
        {
            var series = MarketSimulator.Asin(scenarios[i / n], i % n).Simulate();
            for (int v = 0; v < variants; v++) replayers[v * count + i] = new AlertReplayer(series, options, i / n);
        });

        int reestimations = 0;
        foreach (int end in Boundaries(settings, options))
        {
            progress?.SetStage(end >= settings.Days ? "replaying" : $"replaying to day {end}");
            Parallel.For(0, replayers.Length, parallel, j =>
            {
                int from = replayers[j].Next;
                replayers[j].AdvanceTo(end);
                progress?.Advance(replayers[j].Next - from);
            });
            if (end >= settings.Days) break;
            for (int m = 0; m < settings.Markets; m++)
            {
                var rules = LikelihoodEstimator.Estimate(Pool(replayers, count + m * n, n), options.Rules, options);
                for (int i = count + m * n; i < count + (m + 1) * n; i++) replayers[i].SetRules(rules);
            }
            reestimations++;
        }

        progress?.SetStage("scoring");
        var before = replayers.Take(count).Select(r => r.Result()).ToList();
        var after = settings.Backtest ? replayers.Skip(count).Select(r => r.Result()).ToList() : null;
        var markets = Enumerable.Range(0, settings.Markets).Select(m => new MarketScore(settings.Seed + m,
            AlertScorer.Score(before.Skip(m * n).Take(n), options),
            after is null ? null : AlertScorer.Score(after.Skip(m * n).Take(n), options))).ToList();
        var final = settings.Backtest ? LikelihoodEstimator.Estimate(Pool(replayers, count, count), options.Rules, options) : null;
        var stockOuts = options with { StockOutsAreEvents = true };
        return new AlertMonteCarloResult(settings, options, AlertScorer.Score(before, options),
            after is null ? null : AlertScorer.Score(after, options), markets, reestimations, final, clock.Elapsed,
            AlertScorer.Score(before, stockOuts), after is null ? null : AlertScorer.Score(after, stockOuts));
    }

    /// <summary>
    /// The periods the replays pause at: without the backtest only the end; with it the end of the warm-up plus each
    /// month (<see cref="AlertEvaluationOptions.ReestimateEvery"/>), where the likelihoods are re-estimated, then the end.
    /// </summary>
    public static IEnumerable<int> Boundaries(AlertMonteCarloSettings settings, AlertEvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        if (settings.Backtest)
            for (long end = (long)options.WarmupPeriods + options.ReestimateEvery; end < settings.Days; end += options.ReestimateEvery)
                yield return (int)end;
        yield return settings.Days;
    }

    private static SignalCounts Pool(AlertReplayer[] replayers, int from, int count)
    {
        var pooled = new SignalCounts();
        for (int i = from; i < from + count; i++) pooled.Add(replayers[i].Counts);
        return pooled;
    }
}
