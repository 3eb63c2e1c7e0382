using System.Globalization;
using ActorCluster.Analytics.Forecasting.Auto;

namespace ActorCluster.Client.Evaluation;

/// <summary>Writes one row per series, <c>id,f1,…,fh</c>, with a header, in invariant culture and round-trip precision.</summary>
public static class ForecastCsvWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<SeriesEvaluation> series, int horizon)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("id," + string.Join(",", Enumerable.Range(1, horizon).Select(j => "f" + j)));
        foreach (var s in series)
        {
            writer.Write(Quote(s.Id));
            foreach (var f in s.Forecast) writer.Write("," + f.ToString("R", CultureInfo.InvariantCulture));
            writer.WriteLine();
        }
    }

    private static string Quote(string id) =>
        id.IndexOfAny([',', '"', '\n', '\r']) < 0 ? id : "\"" + id.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
