using ActorCluster.Analytics.Calendar;
using ActorCluster.Analytics.Pipeline;

namespace ActorCluster.Reports;

/// <summary>
/// Reads what the report needs from the cluster: the directory for the ASINs and the newest period, then per ASIN
/// (a few at a time) its status, window, analytics view and alert history, reduced at once to a small
/// <see cref="AsinReportLine"/> so memory does not grow with the windows.
/// </summary>
public sealed class ReportCollector(IGrainFactory grains, int parallelism = 8)
{
    private static readonly string[] Raised = ["Firing", "Escalated"];

    public async Task<ReportData> CollectAsync(SinceArgument since, IReadOnlyList<string>? only, int top, CancellationToken ct)
    {
        var directory = await AsinDirectory.ReadAllAsync(grains);
        var asins = only ?? [.. directory.Select(a => a.Asin)];
        var reasons = directory.ToDictionary(a => a.Asin, a => a.Reason);
        DateTime? newest = directory.Count == 0 ? null : directory.Max(a => a.LastPeriod);
        var to = newest ?? DateTime.UtcNow;
        var from = since.Start(newest);
        var lines = new AsinReportLine?[asins.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, asins.Count), new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct },
            async (i, _) => lines[i] = await LineAsync(asins[i], from, to, reasons.GetValueOrDefault(asins[i])));
        return new ReportData
        {
            GeneratedAt = DateTime.UtcNow, From = from, To = to, RangeText = since.ToString(),
            Lines = [.. lines.OfType<AsinReportLine>()], Top = top,
        };
    }

    private async Task<AsinReportLine?> LineAsync(string asin, DateTime from, DateTime to, string? directoryReason)
    {
        var grain = grains.GetGrain<IAsinGrain>(asin);
        var status = await grain.GetStatus();
        if (status.WindowCount == 0) return null;
        var window = await grain.GetWindow();
        var view = await grain.GetAnalytics();
        var alerts = await grain.GetAlerts();
        var options = new AsinAnalyticsOptions { Period = (CalendarPeriod)status.Period };
        var span = to - from;
        bool InRange(DateTime p) => p > from && p <= to;
        bool InPrevious(DateTime p) => p > from - span && p <= from;

        var current = window.Where(o => InRange(o.PeriodStart)).ToList();
        var previous = window.Where(o => InPrevious(o.PeriodStart)).ToList();
        var (gaps, imputed, unfilled) = WindowGaps.Count(window, from, to, options.Step, options.MaxGap);
        var c = status.Counts;
        var open = alerts.Open;
        var lastRaise = open is null ? null : alerts.History.LastOrDefault(n => n.AlertId == open.Id && Raised.Contains(n.Kind));
        var f = view.Forecast;
        return new AsinReportLine
        {
            Asin = asin,
            Category = status.Category,
            Tier = open?.Tier ?? "None",
            AlertState = open?.State,
            Reason = lastRaise?.Reason ?? directoryReason,
            Explanations = [.. (lastRaise?.Signals ?? []).Select(s => s.Explanation)],
            LastPeriod = status.WindowEnd,
            Units = UnitsSeries(window, from - span, to, options.Step, out var currentFrom),
            CurrentFrom = currentFrom,
            UnitsMean = Mean(current.Select(o => o.Units)),
            PreviousUnitsMean = Mean(previous.Select(o => o.Units)),
            PriceMean = Mean(current.Select(o => o.Price)),
            PreviousPriceMean = Mean(previous.Select(o => o.Price)),
            Model = f.Model, AccuracyCount = f.AccuracyCount, Mae = f.Mae, Rmse = f.Rmse, Smape = f.Smape, Mase = f.Mase,
            Gaps = gaps, Imputed = imputed, Unfilled = unfilled,
            RejectedTooOld = c.TooOld, RejectedFuture = c.Future, RejectedInvalid = c.InvalidField,
            RejectedOther = Math.Max(0, c.Rejected - c.TooOld - c.Future - c.InvalidField),
            Duplicates = c.Duplicates,
            RecentRejections = [.. status.RecentRejections.Where(r => InRange(r.PeriodStart)).Select(r => $"{r.PeriodStart:yyyy-MM-dd}: {r.Reason}")],
            Alerts = [.. alerts.History.Where(n => Raised.Contains(n.Kind) && InRange(n.Period))
                .Select(n => new RaisedAlert(n.Period, n.Tier, [.. n.Signals.Select(s => s.Kind)]))],
        };
    }

    /// <summary>Units per period from <paramref name="start"/> (exclusive) to <paramref name="end"/>, NaN where nothing is stored.</summary>
    private static List<double> UnitsSeries(Observation[] window, DateTime start, DateTime end, TimeSpan step, out int currentFrom)
    {
        var rows = window.Where(o => o.PeriodStart > start && o.PeriodStart <= end).ToList();
        currentFrom = 0;
        if (rows.Count == 0) return [];
        var first = rows[0].PeriodStart;
        int n = (int)((rows[^1].PeriodStart - first).Ticks / step.Ticks) + 1;
        var units = Enumerable.Repeat(double.NaN, n).ToList();
        foreach (var o in rows) units[(int)((o.PeriodStart - first).Ticks / step.Ticks)] = o.Units ?? double.NaN;
        var mid = start + (end - start) / 2;
        currentFrom = Math.Clamp((int)Math.Ceiling((mid - first).Ticks / (double)step.Ticks), 0, n);
        return units;
    }

    private static double Mean(IEnumerable<double?> values)
    {
        double sum = 0; int n = 0;
        foreach (var v in values) if (v is { } x && double.IsFinite(x)) { sum += x; n++; }
        return n == 0 ? double.NaN : sum / n;
    }
}
