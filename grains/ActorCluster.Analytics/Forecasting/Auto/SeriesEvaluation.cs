namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>One series in an <see cref="AutoForecastEvaluation"/>: the automatic forecast and how it was made.</summary>
/// <param name="Id">The series id.</param>
/// <param name="Forecast">The h point forecasts written out (Naive2's when the forecaster refused the series).</param>
/// <param name="Choice">The chosen family, or "refused".</param>
/// <param name="Model">The chosen model's name, or the reason it was refused.</param>
/// <param name="Milliseconds">Wall-clock time of choosing, fitting and forecasting.</param>
/// <param name="Scored">False when the series could not be scored (too short for the MASE scale, or a test part shorter than h).</param>
public sealed record SeriesEvaluation(string Id, double[] Forecast, string Choice, string Model, double Milliseconds, bool Scored);
