using System.Globalization;

namespace ActorCluster.Client.Backfill;

/// <summary>
/// Reads typed cells of one record by column index (-1: the column is absent), collecting every problem
/// with the field it belongs to, so one message explains the whole row and the reject file names the field.
/// Empty cells (and the layout's missing-value tokens) are missing values. Non-finite numbers, numbers above
/// <see cref="Largest"/> and periods before <see cref="EarliestYear"/> are refused as absurd.
/// </summary>
public sealed class CellReader(IReadOnlyCollection<string>? missingTokens = null)
{
    /// <summary>Largest magnitude accepted for any number (units, prices, ranks): beyond it the value is a data error.</summary>
    public const double Largest = 1e12;

    /// <summary>Periods before this year are refused: no marketplace data is that old.</summary>
    public const int EarliestYear = 1970;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly List<string> _errors = [];
    private IReadOnlyList<string> _fields = [];

    /// <summary>The first field that failed in this record.</summary>
    public string? FirstBadField { get; private set; }

    public bool HasErrors => _errors.Count > 0;

    public void Start(IReadOnlyList<string> fields)
    {
        _fields = fields;
        _errors.Clear();
        FirstBadField = null;
    }

    public string? Text(int column)
    {
        if (column < 0 || column >= _fields.Count) return null;
        var s = _fields[column];
        return s.Length == 0 || (missingTokens?.Contains(s) ?? false) ? null : s;
    }

    public void Fail(string field, string message)
    {
        FirstBadField ??= field;
        _errors.Add($"field '{field}': {message}");
    }

    public DateTime Period(int column, string field)
    {
        var s = Text(column);
        if (s is null) { Fail(field, "is empty"); return default; }
        if (TryIsoDay(s, out var day)) return day;
        if (!DateTime.TryParse(s, Inv, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t))
        {
            Fail(field, $"'{Shorten(s)}' is not an ISO-8601 date");
            return default;
        }
        if (t.Year < EarliestYear) { Fail(field, $"'{Shorten(s)}' is before {EarliestYear}"); return default; }
        return DateTime.SpecifyKind(t, DateTimeKind.Utc);
    }

    // yyyy-MM-dd, the form nearly every export uses, without the general parser's cost.
    private static bool TryIsoDay(string s, out DateTime day)
    {
        day = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-') return false;
        if (!int.TryParse(s.AsSpan(0, 4), NumberStyles.None, Inv, out var y) || !int.TryParse(s.AsSpan(5, 2), NumberStyles.None, Inv, out var m)
            || !int.TryParse(s.AsSpan(8, 2), NumberStyles.None, Inv, out var d)) return false;
        if (y < EarliestYear || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        day = new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Utc);
        return true;
    }

    public double? Number(int column, string field) => Parse(Text(column), field);

    /// <summary>A price that may carry a currency symbol ($, €, £) and thousands separators; the symbol's code goes to <paramref name="currency"/>.</summary>
    public double? Money(int column, string field, ref string? currency)
    {
        var s = Text(column);
        if (s is null) return null;
        var code = s[0] switch { '$' => "USD", '€' => "EUR", '£' => "GBP", _ => null };
        if (code is not null) { currency ??= code; s = s[1..]; }
        return Parse(s.Replace(",", "", StringComparison.Ordinal).Trim(), field);
    }

    public long? Integer(int column, string field, long max = long.MaxValue)
    {
        var s = Text(column);
        if (s is null) return null;
        if (long.TryParse(s, NumberStyles.Integer, Inv, out var v) && v <= max) return v;
        // Exports often write integers as 123.0; accept those, refuse real fractions.
        if (double.TryParse(s, NumberStyles.Float, Inv, out var d) && d == Math.Floor(d) && Math.Abs(d) <= Math.Min(max, Largest))
            return (long)d;
        Fail(field, $"'{Shorten(s)}' is not a whole number{(max < long.MaxValue ? $" up to {max}" : "")}");
        return null;
    }

    public bool? Flag(int column, string field)
    {
        var s = Text(column);
        if (s is null) return null;
        switch (s.ToLowerInvariant())
        {
            case "1" or "true" or "yes" or "y" or "t": return true;
            case "0" or "false" or "no" or "n" or "f": return false;
            default:
                Fail(field, $"'{Shorten(s)}' is not a flag (use true/false, 1/0 or yes/no)");
                return null;
        }
    }

    /// <summary>The row: the observation when every cell was readable, otherwise an error row naming the fields.</summary>
    public CsvRow Result(long line, string asin, Observation observation) =>
        _errors.Count == 0 ? new CsvRow(line, asin, observation, null) : CsvRow.Bad(line, asin, string.Join("; ", _errors), FirstBadField);

    private double? Parse(string? s, string field)
    {
        if (s is null) return null;
        if (!double.TryParse(s, NumberStyles.Float, Inv, out var v)) { Fail(field, $"'{Shorten(s)}' is not a number"); return null; }
        if (!double.IsFinite(v) || Math.Abs(v) > Largest) { Fail(field, $"'{Shorten(s)}' is not a plausible value (beyond ±{Largest:0e0})"); return null; }
        return v;
    }

    public static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
