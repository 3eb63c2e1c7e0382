namespace ActorCluster.Analytics.Accuracy;

/// <summary>
/// Point-forecast accuracy over <paramref name="Count"/> (actual, forecast) pairs. sMAPE and MAPE are in
/// percent; MASE is NaN when no scale is known. See <see cref="ForecastAccuracy"/> for the definitions.
/// </summary>
public readonly record struct AccuracySummary(int Count, double Mae, double Rmse, double Mape, double Smape, double Mase)
{
    /// <summary>All NaN, for an empty sample.</summary>
    public static AccuracySummary Empty { get; } = new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
}
