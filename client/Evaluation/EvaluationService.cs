using ActorCluster.Analytics.Forecasting.Auto;

namespace ActorCluster.Client.Evaluation;

/// <summary>
/// Loads the series, runs the automatic forecaster locally over them (<see cref="AutoForecastEvaluation"/>), and
/// writes the forecasts to the output file.
/// </summary>
public static class EvaluationService
{
    /// <exception cref="EvaluationInputException">When the input cannot be used.</exception>
    public static EvaluationReport Run(EvaluationRequest request, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var series = EvaluationInput.Load(request.TrainPath, request.TestPath, request.Horizon);
        if (request.Limit is { } limit) series = series.Take(limit).ToList();
        if (series.Count == 0) throw new EvaluationInputException($"{request.TrainPath}: no series");
        var policy = request.Mode == AutoForecastMode.Accurate ? ForecastPolicy.Accurate : ForecastPolicy.Fast;
        var report = new AutoForecastEvaluation(policy, request.SeasonLength, request.Horizon).Run(series, progress);
        var output = new FileInfo(request.OutPath);
        output.Directory?.Create();
        using (var writer = new StreamWriter(output.FullName))
            ForecastCsvWriter.Write(writer, report.Series, request.Horizon);
        return report;
    }
}
