using ActorCluster.Client.Backfill.Formats;

namespace ActorCluster.Client.Backfill;

/// <summary>
/// Streams a backfill file: reads lines with a bounded length, binds the header to the chosen or detected
/// layout, and hands each data line to that layout's <see cref="IObservationReader"/>. Problems common to all
/// layouts are caught here, per line: too long, undecodable bytes, broken quoting, wrong field count.
/// </summary>
public sealed class ObservationFileReader(string fileName, int maxLineLength, BackfillFormat? format = null)
{
    /// <summary>The layout in use, once the header is read.</summary>
    public IObservationReader? Reader { get; private set; }

    public IEnumerable<CsvRow> Read(TextReader text)
    {
        var lines = new BoundedLineReader(text, maxLineLength);
        var header = ReadHeader(lines);
        var reader = format is { } f ? FormatDetector.Create(f) : FormatDetector.Detect(header, fileName);
        reader.BindHeader(header, fileName);
        Reader = reader;
        return Rows(lines, reader, header.Count);
    }

    private List<string> ReadHeader(BoundedLineReader lines)
    {
        string? line;
        bool tooLong;
        do line = lines.ReadLine(out tooLong);
        while (line is not null && !tooLong && line.Trim().Length == 0);
        if (line is null) throw new BackfillFileException($"{fileName}: the file is empty");
        if (tooLong) throw new BackfillFileException($"{fileName}:{lines.LineNumber}: the header is longer than {maxLineLength} characters (--max-line-length)");
        if (line.Contains('\0')) throw new BackfillFileException($"{fileName}: not a text file (binary content on line {lines.LineNumber})");
        if (line.Contains('\uFFFD'))
            throw new BackfillFileException($"{fileName}:{lines.LineNumber}: the header is not valid UTF-8 (save the file as UTF-8, or UTF-16 with a byte-order mark)");
        var fields = new List<string>();
        if (CsvFields.Split(line.TrimStart('\uFEFF'), fields) is { } error)
            throw new BackfillFileException($"{fileName}:{lines.LineNumber}: header is not valid CSV: {error}");
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < fields.Count; i++)
        {
            if (fields[i].Length == 0) continue;
            if (!seen.TryAdd(fields[i], i))
                throw new BackfillFileException($"{fileName}:{lines.LineNumber}: column '{CellReader.Shorten(fields[i])}' appears twice " +
                                                $"(columns {seen[fields[i]] + 1} and {i + 1}); which one holds the data is ambiguous");
        }
        return fields;
    }

    private static IEnumerable<CsvRow> Rows(BoundedLineReader lines, IObservationReader reader, int fieldCount)
    {
        var fields = new List<string>(fieldCount);
        var output = new List<CsvRow>();
        string? line;
        while ((line = lines.ReadLine(out var tooLong)) is not null)
        {
            long n = lines.LineNumber;
            if (tooLong) { yield return CsvRow.Bad(n, null, $"line is longer than the maximum of {lines.MaxLength} characters (--max-line-length); skipped unread"); continue; }
            if (line.Trim().Length == 0) continue;
            if (line.IndexOf('\uFFFD') is var bad and >= 0)
            {
                yield return CsvRow.Bad(n, null, $"bytes that are not valid UTF-8 at character {bad + 1} (a Latin-1 or other non-UTF-8 file?)", FieldAt(line, bad));
                continue;
            }
            if (CsvFields.Split(line, fields) is { } splitError) { yield return CsvRow.Bad(n, null, splitError); continue; }
            if (fields.Count != fieldCount)
            {
                yield return CsvRow.Bad(n, null, $"expected {fieldCount} fields as in the header, found {fields.Count}"
                    + (fields.Count < fieldCount ? " (a truncated line?)" : ""));
                continue;
            }
            output.Clear();
            reader.ReadRecord(n, fields, output);
            foreach (var row in output) yield return row;
        }
    }

    // The column (1-based) a character offset falls in, counting commas: good enough to point at the bad cell.
    private static string FieldAt(string line, int offset) => $"column {line.AsSpan(0, offset).Count(',') + 1}";
}
