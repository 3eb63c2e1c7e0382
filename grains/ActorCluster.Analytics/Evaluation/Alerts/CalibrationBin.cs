namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>
/// One bin of the calibration table: the scored periods whose composite probability fell in
/// [<paramref name="Lower"/>, <paramref name="Upper"/>) (the last bin includes 1), the mean probability they were
/// given and the share of them that lay inside a label window. Perfect calibration: the two agree.
/// </summary>
/// <param name="Lower">Lower bound of the bin.</param>
/// <param name="Upper">Upper bound of the bin.</param>
/// <param name="Periods">Scored periods in the bin.</param>
/// <param name="MeanPredicted">Mean composite probability of those periods (NaN when empty).</param>
/// <param name="Observed">Share of those periods inside a label window (NaN when empty).</param>
public sealed record CalibrationBin(double Lower, double Upper, long Periods, double MeanPredicted, double Observed);
