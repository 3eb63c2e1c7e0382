namespace ActorCluster.Analytics.Simulation;

/// <summary>The ground truth of one injected anomaly.</summary>
/// <param name="Asin">The ASIN it was injected into.</param>
/// <param name="Kind">What was injected.</param>
/// <param name="Start">First affected day.</param>
/// <param name="End">Last affected day (inclusive).</param>
/// <param name="Metric">The metric it was applied to.</param>
/// <param name="Magnitude">The factor applied (see <see cref="AnomalyKind"/>); NaN for <see cref="AnomalyKind.MissingData"/>.</param>
public sealed record AnomalyLabel(string Asin, AnomalyKind Kind, DateTime Start, DateTime End, AnomalyMetric Metric, double Magnitude)
{
    /// <summary>True when <paramref name="day"/> lies within [<see cref="Start"/>, <see cref="End"/>].</summary>
    public bool Covers(DateTime day) => day >= Start && day <= End;
}
