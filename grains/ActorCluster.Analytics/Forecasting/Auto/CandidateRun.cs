namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>One candidate's validation: its forecast and errors at every origin, and the model of the last origin.</summary>
internal sealed class CandidateRun(ModelFamily family, int origins)
{
    public ModelFamily Family { get; } = family;

    /// <summary>The model fitted at the last origin (for a combination: its components).</summary>
    public IForecastModel? Model { get; set; }

    public IReadOnlyList<CandidateRun> Components { get; init; } = [];

    public double[][] Forecasts { get; } = new double[origins][];

    public double[] AbsoluteError { get; } = new double[origins];

    public double[] Sape { get; } = new double[origins];

    public double[] SquaredError { get; } = new double[origins];

    public string? Reason { get; set; }

    public string Name => Model?.Name ?? (Components.Count > 0 ? "Median(" + string.Join(",", Components.Select(c => c.Name)) + ")" : "");

    public bool Scored => Reason is null;
}
