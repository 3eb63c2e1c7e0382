namespace ActorCluster.Client.Backfill.Formats;

/// <summary>
/// Picks the layout from the header, most specific first: canonical (asin + period), Keepa-style (ASIN + a
/// "Sales Rank:" or "Buy Box:" column), Xray-style (ASIN + BSR + Sales/Revenue), M5 (unique_id + ds + y),
/// wide (a date column first).
/// </summary>
public static class FormatDetector
{
    public static IObservationReader Create(BackfillFormat format) => format switch
    {
        BackfillFormat.Canonical => new CanonicalCsvReader(),
        BackfillFormat.Keepa => new KeepaCsvReader(),
        BackfillFormat.Xray => new XrayCsvReader(),
        BackfillFormat.M5 => new M5CsvReader(),
        BackfillFormat.Wide => new WideCsvReader(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
    };

    /// <summary>The layout whose header this is, or null.</summary>
    public static BackfillFormat? Recognise(IReadOnlyList<string> header)
    {
        var h = new HeaderMap(header);
        if (CanonicalCsvReader.Matches(h)) return BackfillFormat.Canonical;
        if (KeepaCsvReader.Matches(h)) return BackfillFormat.Keepa;
        if (XrayCsvReader.Matches(h)) return BackfillFormat.Xray;
        if (M5CsvReader.Matches(h)) return BackfillFormat.M5;
        if (WideCsvReader.Matches(h)) return BackfillFormat.Wide;
        return null;
    }

    /// <summary>The reader for the header's layout; throws <see cref="BackfillFileException"/> listing what each layout needs.</summary>
    public static IObservationReader Detect(IReadOnlyList<string> header, string fileName) =>
        Recognise(header) is { } format ? Create(format) : throw new BackfillFileException(
            $"{fileName}:1: not a backfill file: the header matches no known layout (canonical needs asin and period; " +
            "Keepa-style ASIN and 'Sales Rank: Current' or 'Buy Box: Current'; Xray-style ASIN, BSR and Sales or Revenue; " +
            $"M5 unique_id, ds and y; wide a first column named {string.Join("/", WideCsvReader.DateColumns)}). Use --format to force one.");

    /// <summary>Parses a --format value (case-insensitive).</summary>
    public static bool TryParse(string? text, out BackfillFormat format) =>
        Enum.TryParse(text, ignoreCase: true, out format) && Enum.IsDefined(format);
}
