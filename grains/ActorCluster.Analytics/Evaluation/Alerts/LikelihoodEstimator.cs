using ActorCluster.Analytics.Alerts;

namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>
/// Re-estimates the naive-Bayes parameters of <see cref="CompositeProbability"/> from labelled periods:
/// P(signal k | anomaly) = (periods in a label window where k counted + 1) ÷ (periods in a label window + 2), the
/// same for P(signal k | normal) over the other periods, and the prior = (periods in a label window + 1) ÷ (all
/// periods + 2) — Laplace's rule of succession, so an unseen signal gets neither 0 nor 1 — each then bounded to
/// [bound, 1 − bound] (0.001 by default).
/// </summary>
public static class LikelihoodEstimator
{
    /// <summary>One smoothed, bounded frequency: (hits + 1) ÷ (trials + 2), clamped to [bound, 1 − bound].</summary>
    public static double Smoothed(long hits, long trials, double bound) =>
        Math.Clamp((hits + 1.0) / (trials + 2.0), bound, 1 - bound);

    /// <summary>The likelihood of every signal kind from <paramref name="counts"/>.</summary>
    public static IReadOnlyDictionary<SignalKind, SignalLikelihood> Likelihoods(SignalCounts counts, double bound)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var map = new Dictionary<SignalKind, SignalLikelihood>();
        foreach (var kind in Enum.GetValues<SignalKind>())
            map[kind] = new SignalLikelihood(
                Smoothed(counts.FiredAnomalous(kind), counts.AnomalousPeriods, bound),
                Smoothed(counts.FiredNormal(kind), counts.NormalPeriods, bound));
        return map;
    }

    /// <summary>
    /// <paramref name="rules"/> with the likelihoods (and, when <see cref="AlertEvaluationOptions.ReestimatePrior"/>,
    /// the prior) estimated from <paramref name="counts"/>: the override the backtest applies for the next month.
    /// </summary>
    public static AlertRuleOptions Estimate(SignalCounts counts, AlertRuleOptions rules, AlertEvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        var estimated = rules with { Likelihoods = Likelihoods(counts, options.ProbabilityBound) };
        if (!options.ReestimatePrior) return estimated;
        return estimated with
        {
            PriorProbability = Smoothed(counts.AnomalousPeriods, counts.AnomalousPeriods + counts.NormalPeriods, options.ProbabilityBound),
        };
    }
}
