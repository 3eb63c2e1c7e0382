using System.Globalization;

namespace ActorCluster.Client.Backfill;

/// <summary>
/// Streams the canonical long CSV: <c>asin,period,units,price,currency,rank,category,reviews,rating,in_stock,promo</c>
/// (plus optional <c>competitor_price</c>), any column order, one row per ASIN and period.
/// Only <c>asin</c> and <c>period</c> are required; empty cells are missing values.
/// A file that cannot be read at all throws <see cref="BackfillFileException"/>; a bad row yields an error row.
/// </summary>
public sealed class CanonicalCsvReader
{
    public static readonly string[] KnownColumns =
        ["asin", "period", "units", "price", "currency", "rank", "category", "reviews", "rating", "in_stock", "promo", "competitor_price"];

    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private int _fieldCount;

    /// <summary>Warnings about the header (unknown columns that are ignored).</summary>
    public List<string> Warnings { get; } = [];

    public IEnumerable<CsvRow> Read(TextReader reader, string fileName)
    {
        long lineNo = 0;
        string? line;
        do
        {
            line = reader.ReadLine();
            lineNo++;
        } while (line is not null && line.Trim().Length == 0);
        if (line is null) throw new BackfillFileException($"{fileName}: the file is empty");
        ReadHeader(line, fileName);

        var fields = new List<string>(_fieldCount);
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Trim().Length == 0) continue;
            yield return ParseRow(line, lineNo, fields);
        }
    }

    private void ReadHeader(string line, string fileName)
    {
        if (line.Contains('\0')) throw new BackfillFileException($"{fileName}: not a text file (binary content on line 1)");
        var fields = new List<string>();
        if (CsvFields.Split(line.TrimStart('\uFEFF'), fields) is { } error)
            throw new BackfillFileException($"{fileName}:1: header is not valid CSV: {error}");
        for (int i = 0; i < fields.Count; i++)
        {
            var name = fields[i].ToLowerInvariant();
            if (!KnownColumns.Contains(name))
            {
                Warnings.Add($"{fileName}:1: unknown column '{Shorten(fields[i])}' (column {i + 1}) is ignored");
                continue;
            }
            if (!_columns.TryAdd(name, i)) throw new BackfillFileException($"{fileName}:1: column '{name}' appears twice");
        }
        var missing = new[] { "asin", "period" }.Where(c => !_columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new BackfillFileException($"{fileName}:1: not a canonical observation CSV: the header lacks {string.Join(" and ", missing)} " +
                                            $"(expected columns: {string.Join(",", KnownColumns)})");
        _fieldCount = fields.Count;
    }

    private CsvRow ParseRow(string line, long lineNo, List<string> fields)
    {
        if (CsvFields.Split(line, fields) is { } splitError) return new CsvRow(lineNo, null, null, splitError);
        if (fields.Count != _fieldCount)
            return new CsvRow(lineNo, null, null, $"expected {_fieldCount} fields as in the header, found {fields.Count}");
        var raw = Cell(fields, "asin");
        if (!AsinId.TryNormalize(raw, out var asin, out var asinError)) return new CsvRow(lineNo, null, null, asinError);

        var errors = new List<string>();
        var o = new Observation
        {
            PeriodStart = ParsePeriod(Cell(fields, "period"), errors),
            Units = Number(fields, "units", errors),
            Price = Number(fields, "price", errors),
            Currency = Text(fields, "currency"),
            SalesRank = Integer(fields, "rank", errors),
            Category = Text(fields, "category"),
            Reviews = (int?)Integer(fields, "reviews", errors, int.MaxValue),
            Rating = Number(fields, "rating", errors),
            InStock = Flag(fields, "in_stock", errors),
            Promotion = Flag(fields, "promo", errors),
            CompetitorPrice = Number(fields, "competitor_price", errors),
        };
        return errors.Count == 0 ? new CsvRow(lineNo, asin, o, null) : new CsvRow(lineNo, asin, null, string.Join("; ", errors));
    }

    private string? Cell(List<string> fields, string column) =>
        _columns.TryGetValue(column, out var i) && fields[i].Length > 0 ? fields[i] : null;

    private string? Text(List<string> fields, string column) => Cell(fields, column);

    private static DateTime ParsePeriod(string? s, List<string> errors)
    {
        if (s is null) { errors.Add("field 'period' is empty"); return default; }
        if (DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t))
            return DateTime.SpecifyKind(t, DateTimeKind.Utc);
        errors.Add($"field 'period': '{Shorten(s)}' is not an ISO-8601 date");
        return default;
    }

    private double? Number(List<string> fields, string column, List<string> errors)
    {
        var s = Cell(fields, column);
        if (s is null) return null;
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v;
        errors.Add($"field '{column}': '{Shorten(s)}' is not a number");
        return null;
    }

    private long? Integer(List<string> fields, string column, List<string> errors, long max = long.MaxValue)
    {
        var s = Cell(fields, column);
        if (s is null) return null;
        if (long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v <= max) return v;
        // Exports often write integers as 123.0; accept those, refuse real fractions.
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) <= max)
            return (long)d;
        errors.Add($"field '{column}': '{Shorten(s)}' is not a whole number");
        return null;
    }

    private bool? Flag(List<string> fields, string column, List<string> errors)
    {
        var s = Cell(fields, column);
        if (s is null) return null;
        switch (s.ToLowerInvariant())
        {
            case "1" or "true" or "yes" or "y" or "t": return true;
            case "0" or "false" or "no" or "n" or "f": return false;
            default:
                errors.Add($"field '{column}': '{Shorten(s)}' is not a flag (use true/false, 1/0 or yes/no)");
                return null;
        }
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}

/// <summary>The file as a whole cannot be read (empty, not CSV, wrong header).</summary>
public sealed class BackfillFileException(string message) : Exception(message);
