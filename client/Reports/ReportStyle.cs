namespace ActorCluster.Reports;

/// <summary>The report's inline stylesheet.</summary>
public static class ReportStyle
{
    public const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1080px;padding:16px 24px;color:#1d2733;background:#fff}
        h1{margin:0 0 4px;font-size:1.7em} h2{border-bottom:2px solid #dde3ea;padding-bottom:4px;margin-top:32px}
        header p{color:#5b6b7c;margin:0 0 8px} nav a{margin-right:14px;color:#2b4c7e}
        table{border-collapse:collapse;width:100%;margin:8px 0;font-size:.92em} th,td{border-bottom:1px solid #e4e9ef;padding:4px 8px;text-align:left;vertical-align:top}
        th{background:#f4f6f9} td.n{text-align:right;font-variant-numeric:tabular-nums}
        .tiles{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0} .tile{border:1px solid #dde3ea;border-radius:6px;padding:8px 14px;min-width:110px}
        .tile b{display:block;font-size:1.4em} .muted{color:#7f8c8d;fill:#7f8c8d}
        .chart text,.spark text{font-size:12px;fill:#1d2733} .chart .chart-title{font-weight:600}
        .tier{display:inline-block;border-radius:4px;padding:0 6px;color:#fff;font-size:.85em}
        .notice{background:#fff6e0;border:1px solid #f0d48a;padding:10px 14px;border-radius:6px}
        .red-card{border-left:4px solid #c0392b;padding:4px 12px;margin:12px 0;background:#fdf3f2}
        .up{color:#1e8449} .down{color:#c0392b} footer{margin-top:40px;color:#7f8c8d;font-size:.85em}
        """;
}
