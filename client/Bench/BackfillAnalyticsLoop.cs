using System.Diagnostics;
using ActorCluster.Analytics.Calendar;
using ActorCluster.Analytics.Pipeline;
using ActorCluster.Client.Backfill;

namespace ActorCluster.Client.Bench;

/// <summary>
/// The ceiling the grains are compared with: the same file's rows through <see cref="AsinAnalytics"/> in-process,
/// with the grain's default options (daily, 400-period history, refit every 30, horizon 14), one analytics per ASIN,
/// one <see cref="AsinAnalytics.RefitIfDue"/> per batch as the grain does. Only the analytics are timed: parsing the
/// file (which the end-to-end figure pays for) is excluded, so the ratio is conservative.
/// </summary>
public static class BackfillAnalyticsLoop
{
    public sealed record Result(long Observations, double Seconds)
    {
        public double ObservationsPerSecond => Seconds > 0 ? Observations / Seconds : 0;
    }

    /// <summary>The file must hold each ASIN's rows together and in order, as <c>sample --simulate</c> writes them.</summary>
    public static Result Run(string path, int batchSize)
    {
        var options = new AsinAnalyticsOptions { Period = CalendarPeriod.Day, History = 400, RefitEvery = 30, Horizon = 14 };
        var reader = new ObservationFileReader(Path.GetFileName(path), 1 << 20, BackfillFormat.Canonical);
        using var text = new StreamReader(path);
        var clock = new Stopwatch();
        long count = 0;
        string? asin = null;
        var rows = new List<AnalyticsInput>();
        foreach (var row in reader.Read(text))
        {
            if (!row.IsValid) continue;
            if (row.Asin != asin && rows.Count > 0) { count += Analyse(rows, options, batchSize, clock); rows.Clear(); }
            asin = row.Asin;
            var o = row.Observation!;
            rows.Add(new AnalyticsInput(o.PeriodStart, o.Units ?? double.NaN, o.Price ?? double.NaN, o.SalesRank ?? double.NaN, o.Promotion ?? false, o.InStock ?? true));
        }
        if (rows.Count > 0) count += Analyse(rows, options, batchSize, clock);
        return new Result(count, clock.Elapsed.TotalSeconds);
    }

    private static int Analyse(List<AnalyticsInput> rows, AsinAnalyticsOptions options, int batchSize, Stopwatch clock)
    {
        clock.Start();
        var analytics = new AsinAnalytics(options);
        for (int start = 0; start < rows.Count; start += batchSize)
        {
            int end = Math.Min(rows.Count, start + batchSize);
            for (int i = start; i < end; i++) analytics.Push(rows[i]);
            int from = Math.Max(0, end - options.History);
            analytics.RefitIfDue(() => [.. rows.GetRange(from, end - from)]);
        }
        clock.Stop();
        return rows.Count;
    }
}
