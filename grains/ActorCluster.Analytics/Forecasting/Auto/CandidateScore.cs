namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>
/// How one candidate did on the validation windows. Errors are means over the origins; every measure is NaN when
/// the candidate could not be fitted at some origin, and <see cref="Reason"/> then says why.
/// </summary>
/// <param name="Family">The model family.</param>
/// <param name="Model">The model fitted at the last origin, e.g. "ETS(A,Ad,A)" or "Median(sNaive,ETS(A,N,A),Theta)"; empty on failure.</param>
/// <param name="Error">The ranking error (<see cref="ForecastPolicy.Metric"/>); lower is better.</param>
/// <param name="Mase">Mean absolute scaled error (seasonal naive scale of each origin's training part).</param>
/// <param name="Smape">Symmetric MAPE in percent.</param>
/// <param name="Rmsse">Root mean squared scaled error (M5 scale: mean squared one-step change of the training part).</param>
/// <param name="Origins">Validation origins scored.</param>
/// <param name="Reason">Why the candidate has no score; null when scored.</param>
public sealed record CandidateScore(ModelFamily Family, string Model, double Error, double Mase, double Smape, double Rmsse, int Origins, string? Reason)
{
    /// <summary>True when the candidate was scored at every origin.</summary>
    public bool Scored => Reason is null;
}
