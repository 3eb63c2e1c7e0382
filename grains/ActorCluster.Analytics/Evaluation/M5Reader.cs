using System.Globalization;

namespace ActorCluster.Analytics.Evaluation;

/// <summary>
/// Reads the long layout <c>unique_id,ds,y[,sell_price][,other numeric columns…]</c> (the M5 extract in
/// <c>shared/data/m5</c>, as Nixtla publishes it) and groups the rows per id, in order of first appearance.
/// </summary>
/// <remarks>
/// The header is required and must start with <c>unique_id,ds,y</c>. <c>ds</c> is an ISO date (yyyy-MM-dd) and
/// must increase strictly within an id; <c>y</c> must be a finite number; <c>sell_price</c> and the other columns
/// may be empty (NaN). A malformed line throws <see cref="FormatException"/> naming its 1-based line number.
/// </remarks>
public static class M5Reader
{
    /// <summary>Reads a file.</summary>
    public static IReadOnlyList<M5Series> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>Reads all rows from a text reader.</summary>
    public static IReadOnlyList<M5Series> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string? headerLine = reader.ReadLine();
        if (headerLine is null) throw new FormatException("line 1: the file is empty");
        var header = CsvLine.Split(headerLine).Select(h => h.Trim()).ToList();
        if (header.Count < 3 || header[0] != "unique_id" || header[1] != "ds" || header[2] != "y")
            throw new FormatException("line 1: the header must start with unique_id,ds,y");
        int priceColumn = header.IndexOf("sell_price");
        var extra = Enumerable.Range(3, header.Count - 3).Where(c => c != priceColumn).ToList();

        var groups = new Dictionary<string, M5Builder>(StringComparer.Ordinal);
        var order = new List<M5Builder>();
        int lineNumber = 1;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var cells = CsvLine.Split(line);
            if (cells.Count != header.Count)
                throw new FormatException($"line {lineNumber}: {cells.Count} cells, the header has {header.Count}");
            string id = cells[0].Trim();
            if (id.Length == 0) throw new FormatException($"line {lineNumber}: empty unique_id");
            if (!DateOnly.TryParseExact(cells[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new FormatException($"line {lineNumber}: ds '{cells[1]}' is not a yyyy-MM-dd date");
            if (!CsvLine.TryNumber(cells[2].Trim(), out double y))
                throw new FormatException($"line {lineNumber}: y '{cells[2]}' is not a finite number");
            if (!groups.TryGetValue(id, out var group))
            {
                group = new M5Builder(id, extra.Select(c => header[c]).ToArray());
                groups.Add(id, group);
                order.Add(group);
            }
            if (group.Dates.Count > 0 && date <= group.Dates[^1])
                throw new FormatException($"line {lineNumber}: ds {date:yyyy-MM-dd} does not follow {group.Dates[^1]:yyyy-MM-dd} for '{id}'");
            group.Dates.Add(date);
            group.Sales.Add(y);
            group.Prices.Add(priceColumn < 0 ? double.NaN : Optional(cells[priceColumn], lineNumber, header[priceColumn]));
            for (int k = 0; k < extra.Count; k++) group.Extra[k].Add(Optional(cells[extra[k]], lineNumber, header[extra[k]]));
        }
        return order.Select(g => g.Build()).ToList();
    }

    private static double Optional(string cell, int lineNumber, string column)
    {
        cell = cell.Trim();
        if (cell.Length == 0) return double.NaN;
        return CsvLine.TryNumber(cell, out double v) ? v : throw new FormatException($"line {lineNumber}: {column} '{cell}' is not a number");
    }

    private sealed class M5Builder(string id, string[] extraNames)
    {
        public List<DateOnly> Dates { get; } = [];
        public List<double> Sales { get; } = [];
        public List<double> Prices { get; } = [];
        public List<double>[] Extra { get; } = extraNames.Select(_ => new List<double>()).ToArray();

        public M5Series Build() => new(id, [.. Dates], [.. Sales], [.. Prices],
            extraNames.Select((name, k) => (name, values: Extra[k].ToArray())).ToDictionary(x => x.name, x => x.values));
    }
}
