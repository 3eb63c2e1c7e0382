using System.Text;
using static ActorCluster.Reports.SvgChart;

namespace ActorCluster.Reports;

/// <summary>The sections of <see cref="HtmlReport"/>, each from the ASIN lines alone.</summary>
public static class ReportSections
{
    public static void Movers(StringBuilder s, ReportData d)
    {
        Open(s, "top-movers", "Top movers");
        var movers = d.Lines.Where(l => double.IsFinite(l.UnitsChange)).OrderByDescending(l => Math.Abs(l.UnitsChange)).ThenBy(l => l.Asin, StringComparer.Ordinal).Take(d.Top).ToList();
        if (movers.Count == 0) { Empty(s, "No ASIN has units in both this range and the one before it."); Close(s); return; }
        s.Append("<p>Change of mean units per period against the range of the same length before it (shaded: this range).</p>");
        s.Append(Bars("movers", "Units change, %", [.. movers.Select(l => new Bar(l.Asin, 100 * l.UnitsChange, l.UnitsChange >= 0 ? "#1e8449" : "#c0392b"))], "+0.#;-0.#;0"));
        s.Append("<table><tr><th>ASIN</th><th>Category</th><th>Units</th><th>Mean units</th><th>Before</th><th>Change</th><th>Price</th><th>Price before</th></tr>");
        foreach (var l in movers)
            s.Append($"<tr><td>{E(l.Asin)}</td><td>{E(l.Category)}</td><td>{Line("units-" + l.Asin, $"Units of {l.Asin}", l.Units, l.CurrentFrom)}</td>" +
                     $"<td class=\"n\">{N(l.UnitsMean, "0.#")}</td><td class=\"n\">{N(l.PreviousUnitsMean, "0.#")}</td>" +
                     $"<td class=\"n {(l.UnitsChange >= 0 ? "up" : "down")}\">{N(100 * l.UnitsChange, "+0.#;-0.#;0")}%</td>" +
                     $"<td class=\"n\">{N(l.PriceMean)}</td><td class=\"n\">{N(l.PreviousPriceMean)}</td></tr>");
        s.Append("</table>");
        Close(s);
    }

    public static void Alerts(StringBuilder s, ReportData d)
    {
        Open(s, "alerts", "Alerts by tier and type");
        var raised = d.Lines.SelectMany(l => l.Alerts).ToList();
        Tiles(s, [.. HtmlReport.Tiers.Select(t => ($"open {t}", d.Lines.Count(l => l.Tier == t).ToString()))]);
        s.Append(Bars("alerts-by-tier", "Alerts raised in the range, by tier",
            [.. HtmlReport.Tiers.Select(t => new Bar(t, raised.Count(a => a.Tier == t), HtmlReport.Color(t)))], "0"));
        var kinds = raised.SelectMany(a => a.SignalKinds).GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        s.Append(Bars("alerts-by-type", "Signals of those alerts, by type", [.. kinds.Select(g => new Bar(g.Key, g.Count()))], "0"));
        if (raised.Count == 0) Empty(s, "No alert was raised in the range (backfilled history feeds the analytics but raises no alert).");
        Close(s);
    }

    public static void Accuracy(StringBuilder s, ReportData d)
    {
        Open(s, "accuracy", "Forecast accuracy");
        var scored = d.Lines.Where(l => l.AccuracyCount > 0).ToList();
        if (scored.Count == 0) { Empty(s, "No ASIN has a one-step forecast compared with an actual yet."); Close(s); return; }
        double n = scored.Sum(l => l.AccuracyCount);
        double W(Func<AsinReportLine, double> f) => scored.Where(l => double.IsFinite(f(l))).Sum(l => l.AccuracyCount * f(l)) /
                                                   scored.Where(l => double.IsFinite(f(l))).Sum(l => (double)l.AccuracyCount);
        s.Append("<p>Recent one-step forecasts of each ASIN's model against what arrived (the grain's rolling accuracy window). " +
                 "Overall figures weight each ASIN by its number of forecasts; RMSE pools the squared errors.</p>");
        Tiles(s, [("ASINs scored", scored.Count.ToString()), ("forecasts", n.ToString("0")), ("MAE", N(W(l => l.Mae))),
            ("RMSE", N(Math.Sqrt(W(l => l.Rmse * l.Rmse)))), ("sMAPE %", N(W(l => l.Smape), "0.#")), ("MASE", N(W(l => l.Mase)))]);
        var worst = scored.OrderByDescending(l => double.IsFinite(l.Mase) ? l.Mase : -1).ThenBy(l => l.Asin, StringComparer.Ordinal).ToList();
        s.Append(Bars("accuracy-mase", "MASE per ASIN (worst first; below 1 beats the seasonal naive forecast)", [.. worst.Take(d.Top).Select(l => new Bar(l.Asin, l.Mase))]));
        s.Append("<table><tr><th>ASIN</th><th>Model</th><th>Forecasts</th><th>MAE</th><th>RMSE</th><th>sMAPE %</th><th>MASE</th></tr>");
        foreach (var l in worst.Take(Math.Max(d.Top, 50)))
            s.Append($"<tr><td>{E(l.Asin)}</td><td>{E(l.Model)}</td><td class=\"n\">{l.AccuracyCount}</td><td class=\"n\">{N(l.Mae)}</td>" +
                     $"<td class=\"n\">{N(l.Rmse)}</td><td class=\"n\">{N(l.Smape, "0.#")}</td><td class=\"n\">{N(l.Mase)}</td></tr>");
        s.Append("</table>");
        More(s, worst.Count - Math.Max(d.Top, 50));
        Close(s);
    }

    public static void Quality(StringBuilder s, ReportData d)
    {
        Open(s, "data-quality", "Data quality");
        var L = d.Lines;
        Tiles(s, [("missing periods", L.Sum(l => l.Gaps).ToString()), ("imputed", L.Sum(l => l.Imputed).ToString()),
            ("left missing", L.Sum(l => l.Unfilled).ToString()), ("rejected (all time)", L.Sum(l => l.RejectedTotal).ToString()),
            ("rejected in range", L.Sum(l => l.RecentRejections.Count).ToString()), ("duplicates", L.Sum(l => l.Duplicates).ToString())]);
        s.Append(Bars("quality-rejects", "Rejected observations by reason (all time)",
        [
            new Bar("too old", L.Sum(l => l.RejectedTooOld)), new Bar("in the future", L.Sum(l => l.RejectedFuture)),
            new Bar("invalid field", L.Sum(l => l.RejectedInvalid)), new Bar("other", L.Sum(l => l.RejectedOther)),
        ], "0"));
        var issues = L.Where(l => l.Gaps + l.RejectedTotal + l.RecentRejections.Count > 0)
            .OrderByDescending(l => l.Gaps + l.RejectedTotal).ThenBy(l => l.Asin, StringComparer.Ordinal).ToList();
        if (issues.Count == 0) { Empty(s, "No gaps and no rejections."); Close(s); return; }
        s.Append("<p>Gaps of up to 3 periods are imputed by the analytics (units interpolated, price carried); longer ones stay missing.</p>");
        s.Append("<table><tr><th>ASIN</th><th>Missing</th><th>Imputed</th><th>Left missing</th><th>Rejected</th><th>Recent rejections in range</th></tr>");
        foreach (var l in issues.Take(Math.Max(d.Top, 50)))
            s.Append($"<tr><td>{E(l.Asin)}</td><td class=\"n\">{l.Gaps}</td><td class=\"n\">{l.Imputed}</td><td class=\"n\">{l.Unfilled}</td>" +
                     $"<td class=\"n\">{l.RejectedTotal}</td><td>{string.Join("<br>", l.RecentRejections.Take(5).Select(r => E(r)))}</td></tr>");
        s.Append("</table>");
        More(s, issues.Count - Math.Max(d.Top, 50));
        Close(s);
    }

    public static void Red(StringBuilder s, ReportData d)
    {
        Open(s, "red", "ASINs in red");
        var red = d.Lines.Where(l => l.Tier == "Red").OrderBy(l => l.Asin, StringComparer.Ordinal).ToList();
        if (red.Count == 0) { Empty(s, "No ASIN is in red."); Close(s); return; }
        foreach (var l in red)
        {
            s.Append($"<div class=\"red-card\" data-asin=\"{E(l.Asin)}\"><h3>{E(l.Asin)} <span class=\"tier\" style=\"background:{HtmlReport.Color("Red")}\">Red</span> " +
                     $"<small>{E(l.AlertState)} · {E(l.Category)}</small></h3>");
            s.Append($"<p class=\"reason\">{E(l.Reason ?? "no reason recorded")}</p>");
            if (l.Explanations.Count > 0) s.Append($"<ul>{string.Concat(l.Explanations.Select(x => $"<li>{E(x)}</li>"))}</ul>");
            s.Append(Line("red-" + l.Asin, $"Units of {l.Asin} ({l.Reason})", l.Units, l.CurrentFrom, 480, 80));
            s.Append("</div>");
        }
        Close(s);
    }

    private static void Open(StringBuilder s, string id, string title) => s.Append($"<section id=\"{id}\"><h2>{E(title)}</h2>");

    private static void Close(StringBuilder s) => s.Append("</section>");

    private static void Empty(StringBuilder s, string text) => s.Append($"<p class=\"muted empty\">{E(text)}</p>");

    private static void More(StringBuilder s, int hidden)
    {
        if (hidden > 0) s.Append($"<p class=\"muted\">{hidden} more not listed.</p>");
    }

    private static void Tiles(StringBuilder s, IEnumerable<(string Label, string Value)> tiles) =>
        s.Append("<div class=\"tiles\">").Append(string.Concat(tiles.Select(t => $"<div class=\"tile\"><b>{E(t.Value)}</b>{E(t.Label)}</div>"))).Append("</div>");
}
