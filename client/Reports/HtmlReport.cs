using System.Text;
using static ActorCluster.Reports.SvgChart;

namespace ActorCluster.Reports;

/// <summary>
/// Renders <see cref="ReportData"/> as one self-contained HTML page: inline CSS, inline SVG, no script and no
/// external resource, so it opens anywhere (mail, an archive, a browser without network). Every text that comes
/// from data (ASINs, categories, reasons) is HTML-encoded.
/// </summary>
public static class HtmlReport
{
    public static readonly string[] Tiers = ["Red", "Orange", "Yellow"];

    public static string Color(string tier) => tier switch
    {
        "Red" => "#c0392b", "Orange" => "#e67e22", "Yellow" => "#d4ac0d", _ => "#7f8c8d",
    };

    public static string Render(ReportData d)
    {
        var s = new StringBuilder();
        s.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        s.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        s.Append($"<title>ActorCluster report {d.From:yyyy-MM-dd} to {d.To:yyyy-MM-dd}</title><style>{ReportStyle.Css}</style></head><body>");
        s.Append($"<header><h1>ActorCluster report</h1><p>Periods after {d.From:yyyy-MM-dd HH:mm} up to {d.To:yyyy-MM-dd HH:mm} UTC ({E(d.RangeText)}, " +
                 $"counted back from the newest period held) · {d.Lines.Count} ASINs · generated {d.GeneratedAt:yyyy-MM-dd HH:mm} UTC</p>");
        s.Append("<nav><a href=\"#top-movers\">Top movers</a> <a href=\"#alerts\">Alerts</a> <a href=\"#accuracy\">Forecast accuracy</a> " +
                 "<a href=\"#data-quality\">Data quality</a> <a href=\"#red\">ASINs in red</a></nav></header>");
        if (d.Lines.Count == 0)
            s.Append("<p class=\"notice\" id=\"empty-notice\">The cluster holds no ASINs with data: this report is empty. " +
                     "Load history with <code>actorcluster backfill</code> or start a market with <code>actorcluster simulate</code>.</p>");
        ReportSections.Movers(s, d);
        ReportSections.Alerts(s, d);
        ReportSections.Accuracy(s, d);
        ReportSections.Quality(s, d);
        ReportSections.Red(s, d);
        s.Append("<footer>ActorCluster · self-contained report: inline CSS and SVG, no script.</footer></body></html>");
        return s.ToString();
    }
}
