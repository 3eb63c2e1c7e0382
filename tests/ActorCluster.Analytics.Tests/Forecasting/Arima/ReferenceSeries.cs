using System.Globalization;

namespace ActorCluster.Analytics.Tests.Forecasting.Arima;

/// <summary>Reads the two-column (period,value) CSV files in shared/data/reference/arima.</summary>
internal static class ReferenceSeries
{
    public static double[] Load(string file) =>
        File.ReadLines(SharedData.PathOf($"reference/arima/{file}"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => double.Parse(line.Split(',')[1], CultureInfo.InvariantCulture))
            .ToArray();

    /// <summary>ln(passengers), 1949-01 … 1960-12.</summary>
    public static double[] LogAirline() => Load("air2.csv").Select(v => Math.Log(v)).ToArray();
}
