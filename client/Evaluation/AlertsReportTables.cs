using System.Globalization;
using ActorCluster.Analytics.Alerts;
using ActorCluster.Analytics.Evaluation.Alerts;

namespace ActorCluster.Client.Evaluation;

/// <summary>One table of the alert evaluation report, rendered alike to the console and to Markdown.</summary>
public sealed record AlertsReportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, string? Note = null);

/// <summary>
/// Builds the tables of one Monte Carlo set of <c>evaluate-alerts</c>: before vs after, per tier, per anomaly kind,
/// detection delays, calibration, likelihoods and the spread across markets.
/// </summary>
public static class AlertsReportTables
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Every table of <paramref name="r"/>, titled with <paramref name="set"/> ("regular", "extreme").</summary>
    public static IReadOnlyList<AlertsReportTable> Build(string set, AlertMonteCarloResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var runs = new List<(string Name, AlertScore Score)> { ("defaults", r.Before) };
        if (r.After is { } after) runs.Add(("re-estimated", after));
        return [Summary(set, r), Tiers(set, runs), Kinds(set, runs), Delays(set, runs), Signals(set, runs), Calibration(set, runs), Likelihoods(set, r), Markets(set, r)];
    }

    /// <summary>A probability as a percentage with one decimal, "–" for NaN.</summary>
    public static string Pct(double v) => double.IsFinite(v) ? (v * 100).ToString("0.0", C) + "%" : "–";

    /// <summary>A number with <paramref name="format"/>, "–" for NaN.</summary>
    public static string Num(double v, string format = "0.##") => double.IsFinite(v) ? v.ToString(format, C) : "–";

    private static string Int(long v) => v.ToString("N0", C);

    private static AlertsReportTable Summary(string set, AlertMonteCarloResult r)
    {
        var b = r.Before;
        var a = r.After;
        var rows = new List<IReadOnlyList<string>>();
        void Row(string metric, Func<AlertScore, string> value, string target = "") =>
            rows.Add([metric, value(b), a is null ? "–" : value(a), target]);
        Row("ASINs / scored ASIN-days", s => $"{Int(s.Asins)} / {Int(s.AsinDays)}");
        Row("scored labels (missing-data labels apart)", s => $"{Int(s.All.Labels)} (+{Int(s.MissingDataLabels)})");
        Row("alerts fired", s => Int(s.Alerts));
        Row("false alarms", s => Int(s.FalseAlarms));
        Row("false-alarm rate", s => Pct(s.FalseAlarmRate), "≤ 5%");
        Row("false alarms per 1,000 ASIN-days", s => Num(s.FalseAlarmsPerThousandAsinDays, "0.00"));
        if (r.BeforeStockOutsAsEvents is { } bs)
        {
            // The second definition (alerts on simulated stock-outs are true), beside the first, never instead of it.
            var a2 = r.AfterStockOutsAsEvents;
            rows.Add(["false-alarm rate, stock-outs counted as events", Pct(bs.FalseAlarmRate), a2 is null ? "–" : Pct(a2.FalseAlarmRate), "(second definition)"]);
            rows.Add(["false alarms per 1,000 ASIN-days, stock-outs counted as events", Num(bs.FalseAlarmsPerThousandAsinDays, "0.00"),
                a2 is null ? "–" : Num(a2.FalseAlarmsPerThousandAsinDays, "0.00"), "(second definition)"]);
            rows.Add(["red precision, stock-outs counted as events", Pct(bs.RedPrecision), a2 is null ? "–" : Pct(a2.RedPrecision), "(second definition)"]);
        }
        Row("capture yellow+", s => Pct(s.Tiers[0].CaptureRate));
        Row("capture orange+", s => Pct(s.Tiers[1].CaptureRate), "≥ 85%");
        Row("capture red", s => Pct(s.Tiers[2].CaptureRate));
        Row("red precision", s => $"{Pct(s.RedPrecision)} ({Int(s.Tiers[2].TrueAlerts)}/{Int(s.Tiers[2].Alerts)})");
        Row("delay yellow+ median / mean / p90", s => DelayText(s.Tiers[0].Delay));
        Row("Brier score (base rate)", s => $"{Num(s.BrierScore, "0.0000")} ({Pct(s.AnomalousShare)})");
        string note = a is null ? "no backtest" :
            $"after = likelihoods and prior re-estimated {r.Reestimations}× per market (every {r.Options.ReestimateEvery} periods after the warm-up, expanding window)";
        return new($"{set}: before (default rules) vs after (monthly re-estimated)", ["metric", "before", "after", "target"], rows, note);
    }

    private static string DelayText(DelayStats d) => $"{Num(d.Median, "0.#")} / {Num(d.Mean, "0.0")} / {Num(d.P90, "0.#")}";

    private static AlertsReportTable Tiers(string set, List<(string Name, AlertScore Score)> runs)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (name, s) in runs)
            foreach (var t in s.Tiers)
                rows.Add([name, Label(t.Tier), Int(t.Alerts), Int(t.TrueAlerts), Int(t.Alerts - t.TrueAlerts), Pct(t.Precision),
                    Pct(t.FalseAlarmRate), Int(t.Labels), Int(t.Captured), Pct(t.CaptureRate)]);
        return new($"{set}: per tier", ["rules", "tier", "alerts", "true", "false", "precision", "false-alarm rate", "labels", "captured", "capture"], rows,
            "an alert counts at a tier when it fired at it or above or escalated to it; true when that period lies in [start, end + W] of a label");
    }

    private static AlertsReportTable Kinds(string set, List<(string Name, AlertScore Score)> runs)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var k in runs[0].Score.Kinds)
        {
            var row = new List<string> { k.Kind.ToString(), Int(k.Labels), Pct(k.YellowRate), Pct(k.OrangeRate), Pct(k.RedRate), Num(k.Delay.Median, "0.#") };
            if (runs.Count > 1 && runs[1].Score.Kinds.FirstOrDefault(x => x.Kind == k.Kind) is { } a)
                row.AddRange([Pct(a.YellowRate), Pct(a.OrangeRate), Pct(a.RedRate)]);
            else if (runs.Count > 1) row.AddRange(["–", "–", "–"]);
            rows.Add(row);
        }
        List<string> headers = ["kind", "labels", "yellow+", "orange+", "red", "median delay"];
        if (runs.Count > 1) headers.AddRange(["after yellow+", "after orange+", "after red"]);
        return new($"{set}: capture per anomaly kind", headers, rows,
            "MissingData labels are days the feed never sent: shown here, left out of the overall capture rates");
    }

    private static AlertsReportTable Delays(string set, List<(string Name, AlertScore Score)> runs)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (name, s) in runs)
            foreach (var t in s.Tiers)
                rows.Add([name, Label(t.Tier), Int(t.Delay.Count), Num(t.Delay.Median, "0.#"), Num(t.Delay.Mean, "0.00"), Num(t.Delay.P90, "0.#")]);
        return new($"{set}: detection delay (periods from label start)", ["rules", "tier", "captured", "median", "mean", "p90"], rows);
    }

    private static AlertsReportTable Signals(string set, List<(string Name, AlertScore Score)> runs)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (name, s) in runs)
            foreach (var x in s.Signals)
                rows.Add([name, x.Kind.ToString(), Int(x.Alerts), Pct((double)x.Alerts / Math.Max(1, s.Alerts)), Int(x.Alone), Int(x.FalseAlarms), Pct(x.FalseAlarmRate)]);
        return new($"{set}: signals counted when alerts fired", ["rules", "signal", "alerts", "share of alerts", "alone", "false alarms", "false share"], rows,
            "what drives the alerts: an alert counts under every signal of its firing decision; alone = the only signal");
    }

    private static AlertsReportTable Calibration(string set, List<(string Name, AlertScore Score)> runs)
    {
        var rows = new List<IReadOnlyList<string>>();
        var bins = runs[0].Score.Calibration;
        for (int i = 0; i < bins.Count; i++)
        {
            var row = new List<string> { $"[{Num(bins[i].Lower, "0.0")}, {Num(bins[i].Upper, "0.0")}{(i == bins.Count - 1 ? "]" : ")")}" };
            foreach (var (_, s) in runs)
            {
                var bin = s.Calibration[i];
                row.AddRange([Int(bin.Periods), Num(bin.MeanPredicted, "0.000"), Num(bin.Observed, "0.000")]);
            }
            rows.Add(row);
        }
        List<string> headers = ["probability", "periods", "predicted", "observed"];
        if (runs.Count > 1) headers.AddRange(["after periods", "after predicted", "after observed"]);
        string brier = string.Join("; ", runs.Select(x => $"Brier {x.Name} {Num(x.Score.BrierScore, "0.0000")}"));
        return new($"{set}: calibration of the composite probability (per scored period)", headers, rows,
            $"observed = share of the bin's periods inside a label window; {brier}; base rate {Pct(runs[0].Score.AnomalousShare)}");
    }

    private static AlertsReportTable Likelihoods(string set, AlertMonteCarloResult r)
    {
        var defaults = r.Options.Rules;
        var estimate = r.FinalEstimate;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var kind in Enum.GetValues<SignalKind>())
        {
            var row = new List<string> { kind.ToString() };
            row.AddRange(defaults.Likelihoods.TryGetValue(kind, out var d) ? Cells(d) : ["–", "–", "–"]);
            row.AddRange(estimate is not null && estimate.Likelihoods.TryGetValue(kind, out var e) ? Cells(e) : ["–", "–", "–"]);
            rows.Add(row);
        }
        rows.Add(["prior", Num(defaults.PriorProbability, "0.0000"), "", "", estimate is null ? "–" : Num(estimate.PriorProbability, "0.0000"), "", ""]);
        return new($"{set}: likelihoods, defaults vs estimated from every scored period at the end",
            ["signal", "P(s|anomaly)", "P(s|normal)", "ratio", "est. P(s|anomaly)", "est. P(s|normal)", "est. ratio"], rows,
            "estimated = Laplace-smoothed frequencies over all markets' scored periods, bounded to [0.001, 0.999]");

        static string[] Cells(SignalLikelihood l) => [Num(l.GivenAnomaly, "0.000"), Num(l.GivenNormal, "0.0000"), Num(l.GivenAnomaly / l.GivenNormal, "0.00")];
    }

    private static AlertsReportTable Markets(string set, AlertMonteCarloResult r)
    {
        var rows = r.Markets.Select(m => (IReadOnlyList<string>)[
            m.Seed.ToString(C), Int(m.Before.All.Labels), Int(m.Before.Alerts), Pct(m.Before.FalseAlarmRate), Pct(m.Before.Tiers[1].CaptureRate),
            Pct(m.Before.RedPrecision), m.After is null ? "–" : Int(m.After.Alerts), m.After is null ? "–" : Pct(m.After.FalseAlarmRate),
            m.After is null ? "–" : Pct(m.After.Tiers[1].CaptureRate)]).ToList();
        return new($"{set}: per market", ["seed", "labels", "alerts", "false-alarm rate", "orange+ capture", "red precision",
            "after alerts", "after false-alarm rate", "after orange+ capture"], rows);
    }

    private static string Label(AlertTier tier) => tier switch
    {
        AlertTier.Yellow => "yellow+",
        AlertTier.Orange => "orange+",
        _ => "red",
    };
}
