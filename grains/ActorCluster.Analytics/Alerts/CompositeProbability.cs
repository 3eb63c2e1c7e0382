namespace ActorCluster.Analytics.Alerts;

/// <summary>
/// Naive-Bayes combination of the signals that fired: posterior log-odds = ln(prior ÷ (1 − prior)) +
/// Σ ln(P(sᵢ | anomaly) ÷ P(sᵢ | normal)) over the fired signals, posterior = 1 ÷ (1 + e^(−log-odds)).
/// </summary>
/// <remarks>
/// Assumes the signals are conditionally independent given the state, which is why signals explained by
/// another (inhibited ones) are left out instead of counted twice. Only fired signals contribute: silence is
/// treated as uninformative, so a young series with few measurable signals is not pushed towards "normal".
/// A kind absent from <see cref="AlertRuleOptions.Likelihoods"/> contributes nothing. See e.g. Hastie,
/// Tibshirani and Friedman, <i>The Elements of Statistical Learning</i>, §6.6.3.
/// </remarks>
public static class CompositeProbability
{
    /// <summary>The posterior probability of an anomaly given <paramref name="fired"/>.</summary>
    public static double Compute(IEnumerable<AlertSignal> fired, AlertRuleOptions options)
    {
        double p = options.PriorProbability;
        double logOdds = Math.Log(p / (1 - p));
        foreach (var s in fired)
            if (options.Likelihoods.TryGetValue(s.Kind, out var l) && l.IsValid) logOdds += l.LogRatio;
        return 1 / (1 + Math.Exp(-logOdds));
    }
}
