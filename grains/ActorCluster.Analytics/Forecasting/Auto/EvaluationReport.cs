using ActorCluster.Analytics.Evaluation;

namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>
/// The outcome of an <see cref="AutoForecastEvaluation"/>: M4 scores (sMAPE, MASE, OWA vs Naive2) of the automatic
/// forecaster ("Auto") and of Naive2, sNaive and Theta on the same series, the mean RMSSE of each (M5's measure,
/// unweighted over series), how often each family was chosen, and the time per series.
/// </summary>
public sealed record EvaluationReport(
    IReadOnlyList<M4Score> Scores,
    IReadOnlyDictionary<string, double> Rmsse,
    IReadOnlyDictionary<string, int> Choices,
    IReadOnlyList<SeriesEvaluation> Series,
    double MedianMilliseconds,
    double TotalMilliseconds,
    TimeSpan WallClock)
{
    /// <summary>The method name of the automatic forecaster in <see cref="Scores"/>.</summary>
    public const string AutoMethod = "Auto";

    /// <summary>Series that were scored.</summary>
    public int ScoredSeries => Series.Count(s => s.Scored);
}
