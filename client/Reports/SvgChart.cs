using System.Globalization;
using System.Net;
using System.Text;

namespace ActorCluster.Reports;

/// <summary>One bar of a chart.</summary>
public sealed record Bar(string Label, double Value, string Color = "#4a6fa5");

/// <summary>Inline SVG charts drawn by hand: no script, no external file, every label escaped.</summary>
public static class SvgChart
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string N(double v, string format = "0.##") => double.IsFinite(v) ? v.ToString(format, Inv) : "–";

    /// <summary>Horizontal bars with their labels and values; <paramref name="id"/> names the chart for readers and tests.</summary>
    public static string Bars(string id, string title, IReadOnlyList<Bar> bars, string format = "0.##")
    {
        const int width = 640, labelWidth = 200, row = 24, top = 28;
        int height = top + row * Math.Max(1, bars.Count) + 8;
        double max = bars.Count == 0 ? 1 : Math.Max(bars.Max(b => double.IsFinite(b.Value) ? Math.Abs(b.Value) : 0), 1e-12);
        var s = new StringBuilder();
        s.Append(Inv, $"<svg class=\"chart\" data-chart=\"{E(id)}\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        s.Append($"<title>{E(title)}</title><text x=\"0\" y=\"16\" class=\"chart-title\">{E(title)}</text>");
        if (bars.Count == 0) s.Append(Inv, $"<text x=\"0\" y=\"{top + 16}\" class=\"muted\">nothing in the range</text>");
        for (int i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            double w = double.IsFinite(b.Value) ? Math.Abs(b.Value) / max * (width - labelWidth - 70) : 0;
            int y = top + i * row;
            s.Append(Inv, $"<g data-label=\"{E(b.Label)}\" data-value=\"{N(b.Value, "0.######")}\">");
            s.Append(Inv, $"<text x=\"{labelWidth - 6}\" y=\"{y + 16}\" text-anchor=\"end\">{E(Shorten(b.Label, 28))}</text>");
            s.Append(Inv, $"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{Math.Max(w, 1):0.#}\" height=\"{row - 8}\" fill=\"{E(b.Color)}\"/>");
            s.Append(Inv, $"<text x=\"{labelWidth + w + 6:0.#}\" y=\"{y + 16}\">{N(b.Value, format)}</text></g>");
        }
        return s.Append("</svg>").ToString();
    }

    /// <summary>
    /// A line of <paramref name="values"/> (NaN breaks it), shaded from <paramref name="currentFrom"/> on (the range
    /// reported; before it the previous range it is compared with).
    /// </summary>
    public static string Line(string id, string title, IReadOnlyList<double> values, int currentFrom, int width = 240, int height = 48)
    {
        var s = new StringBuilder();
        s.Append(Inv, $"<svg class=\"spark\" data-chart=\"{E(id)}\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        s.Append($"<title>{E(title)}</title>");
        var finite = values.Where(double.IsFinite).ToList();
        if (values.Count >= 2 && finite.Count > 0)
        {
            double lo = finite.Min(), hi = finite.Max(), range = hi - lo > 0 ? hi - lo : 1;
            double X(int i) => 2 + i * (width - 4.0) / (values.Count - 1);
            double Y(double v) => height - 3 - (v - lo) / range * (height - 6);
            if (currentFrom > 0 && currentFrom < values.Count)
                s.Append(Inv, $"<rect x=\"{X(currentFrom):0.#}\" y=\"0\" width=\"{width - X(currentFrom):0.#}\" height=\"{height}\" fill=\"#eef3fb\"/>");
            var path = new StringBuilder();
            bool pen = false;
            for (int i = 0; i < values.Count; i++)
            {
                if (!double.IsFinite(values[i])) { pen = false; continue; }
                path.Append(Inv, $"{(pen ? 'L' : 'M')}{X(i):0.#},{Y(values[i]):0.#} ");
                pen = true;
            }
            s.Append($"<path d=\"{path.ToString().TrimEnd()}\" fill=\"none\" stroke=\"#2b4c7e\" stroke-width=\"1.5\"/>");
        }
        else s.Append(Inv, $"<text x=\"2\" y=\"{height / 2}\" class=\"muted\">no data</text>");
        return s.Append("</svg>").ToString();
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
