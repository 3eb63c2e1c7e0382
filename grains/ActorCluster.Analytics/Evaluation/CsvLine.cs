using System.Text;

namespace ActorCluster.Analytics.Evaluation;

/// <summary>Splits one CSV line into cells (RFC 4180 quoting: "a,b" is one cell, "" inside quotes is a quote).</summary>
internal static class CsvLine
{
    public static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char ch = line[i];
            if (quoted)
            {
                if (ch != '"') cell.Append(ch);
                else if (i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else quoted = false;
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(ch);
        }
        if (quoted) throw new FormatException("unterminated quoted cell");
        cells.Add(cell.ToString());
        return cells;
    }

    /// <summary>Parses an invariant-culture finite number; false for text, NaN or ±∞.</summary>
    public static bool TryNumber(string cell, out double value) =>
        double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);
}
