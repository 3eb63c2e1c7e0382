using System.Text;

namespace ActorCluster.Client.Backfill;

/// <summary>
/// Splits one CSV line (RFC 4180: comma separated, double quotes around fields that contain commas or
/// quotes, "" for a quote inside). Multi-line quoted fields are not supported: observation exports
/// never need them, and a stray quote then fails one line instead of swallowing the rest of the file.
/// </summary>
public static class CsvFields
{
    /// <summary>Splits <paramref name="line"/> into <paramref name="fields"/>; returns an error or null.</summary>
    public static string? Split(string line, List<string> fields)
    {
        fields.Clear();
        if (!line.Contains('"'))
        {
            // Fast path for the common unquoted line: slices, no per-character copying.
            int from = 0;
            while (true)
            {
                int comma = line.IndexOf(',', from);
                var cell = (comma < 0 ? line.AsSpan(from) : line.AsSpan(from, comma - from)).Trim();
                fields.Add(cell.Length == 0 ? string.Empty : cell.ToString());
                if (comma < 0) return null;
                from = comma + 1;
            }
        }
        var sb = new StringBuilder();
        int i = 0;
        while (true)
        {
            sb.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length) return $"unterminated quoted field starting in column {fields.Count + 1}";
                    char c = line[i++];
                    if (c != '"') { sb.Append(c); continue; }
                    if (i < line.Length && line[i] == '"') { sb.Append('"'); i++; continue; }
                    break;
                }
                if (i < line.Length && line[i] != ',') return $"unexpected character '{line[i]}' after a quoted field in column {fields.Count + 1}";
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    if (line[i] == '"') return $"stray quote in column {fields.Count + 1}";
                    sb.Append(line[i++]);
                }
            }
            fields.Add(sb.ToString().Trim());
            if (i >= line.Length) return null;
            i++; // skip the comma
        }
    }
}
