using System.Globalization;
using ActorCluster.Analytics.Forecasting.Auto;

namespace ActorCluster.Client.Evaluation;

/// <summary>Prints an <see cref="EvaluationReport"/> as plain text: scores per method, choices, and time per series.</summary>
public static class EvaluationPrinter
{
    public static void Print(TextWriter w, EvaluationReport report, AutoForecastMode mode, int seasonLength, int horizon)
    {
        var c = CultureInfo.InvariantCulture;
        w.WriteLine(string.Create(c, $"{report.ScoredSeries} of {report.Series.Count} series scored, h = {horizon}, m = {seasonLength}, mode {mode.ToString().ToLowerInvariant()}"));
        w.WriteLine($"{"method",-8} {"sMAPE",9} {"MASE",8} {"OWA",7} {"RMSSE",8}");
        foreach (var s in report.Scores)
        {
            double rmsse = report.Rmsse.TryGetValue(s.Method, out var r) ? r : double.NaN;
            w.WriteLine(string.Create(c, $"{s.Method,-8} {s.Smape,9:F3} {s.Mase,8:F3} {s.Owa,7:F3} {rmsse,8:F3}"));
        }
        w.WriteLine("chosen: " + string.Join(", ", report.Choices.Select(kv => $"{kv.Key} {kv.Value}")));
        w.WriteLine(string.Create(c,
            $"time per series (select + fit + forecast): median {report.MedianMilliseconds:F1} ms, total {report.TotalMilliseconds / 1000:F1} s; wall clock {report.WallClock.TotalSeconds:F1} s"));
    }
}
