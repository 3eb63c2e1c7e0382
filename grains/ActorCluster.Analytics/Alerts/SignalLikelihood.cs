namespace ActorCluster.Analytics.Alerts;

/// <summary>
/// How often a signal fires when the product really is in an anomaly, and when it is not; the ratio of the
/// two is the evidence the signal adds to <see cref="CompositeProbability"/>.
/// </summary>
/// <param name="GivenAnomaly">P(signal | anomaly), in (0, 1).</param>
/// <param name="GivenNormal">P(signal | normal), in (0, 1).</param>
public readonly record struct SignalLikelihood(double GivenAnomaly, double GivenNormal)
{
    /// <summary>ln(P(signal | anomaly) ÷ P(signal | normal)): the log-odds added when the signal fires.</summary>
    public double LogRatio => Math.Log(GivenAnomaly / GivenNormal);

    /// <summary>True when both probabilities are in the open interval (0, 1).</summary>
    public bool IsValid => GivenAnomaly is > 0 and < 1 && GivenNormal is > 0 and < 1;
}
