namespace ActorCluster.Analytics.Evaluation;

/// <summary>
/// One method's M4 score over every series and horizon it was given: sMAPE (percent) and MASE averaged over all
/// points, and OWA = ½(sMAPE/sMAPE_ref + MASE/MASE_ref) against the reference method (Naive2); NaN without one.
/// </summary>
public sealed record M4Score(string Method, int Series, int Points, double Smape, double Mase, double Owa);
