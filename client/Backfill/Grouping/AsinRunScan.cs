using ActorCluster.Client.Backfill.Formats;

namespace ActorCluster.Client.Backfill.Grouping;

/// <summary>
/// A quick pass over a canonical file that tells whether every ASIN's rows sit together (one run per ASIN, any period
/// order inside it) with no run longer than the grouping budget. Only then may an ASIN be sent as soon as its run ends,
/// while the rest of the file is still being read (<see cref="AsinRuns"/>), and the grain still gets each ASIN once,
/// complete and sorted, as after the two-phase grouping. It reads only the ASIN column (a few percent of a full parse)
/// and remembers one 64-bit hash per finished ASIN: a collision only sends the file down the two-phase path, and past
/// <see cref="MaxAsins"/> ASINs it gives up, so its memory stays bounded whatever the file's size.
/// </summary>
public static class AsinRunScan
{
    /// <summary>ASINs remembered at most (about 40 MB of hashes); a file with more takes the two-phase path.</summary>
    public const int MaxAsins = 1_000_000;

    /// <summary>True when the file is canonical, each ASIN's rows are contiguous, and no ASIN has more than <paramref name="maxRunRows"/> rows.</summary>
    public static bool IsGroupedByAsin(FileInfo file, BackfillFormat? format, int maxLineLength, int maxRunRows)
    {
        using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var text = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        var lines = new BoundedLineReader(text, maxLineLength);
        var fields = new List<string>();
        string? line;
        do line = lines.ReadLine(out _);
        while (line is not null && line.Trim().Length == 0);
        if (line is null || CsvFields.Split(line.TrimStart('\uFEFF'), fields) is not null) return false;
        if ((format ?? FormatDetector.Recognise(fields)) != BackfillFormat.Canonical) return false;
        int column = new HeaderMap(fields).Find("asin");
        if (column < 0) return false;

        var finished = new HashSet<ulong>();
        ulong current = 0;
        long run = 0;
        while ((line = lines.ReadLine(out var tooLong)) is not null)
        {
            if (tooLong || AsinOf(line, column, fields) is not { } asin) continue;   // the reader rejects such a row anyway
            ulong hash = StableHash.Fnv1a64(asin);
            if (run > 0 && hash == current)
            {
                if (++run > maxRunRows) return false;
                continue;
            }
            if (run > 0 && (!finished.Add(current) || finished.Count > MaxAsins)) return false;
            if (finished.Contains(hash)) return false;
            (current, run) = (hash, 1);
        }
        return true;
    }

    // The normalised ASIN in the column, or null; quoted lines go through the full CSV split.
    private static string? AsinOf(string line, int column, List<string> fields)
    {
        ReadOnlySpan<char> cell;
        if (line.Contains('"'))
        {
            if (CsvFields.Split(line, fields) is not null || fields.Count <= column) return null;
            cell = fields[column];
        }
        else
        {
            var rest = line.AsSpan();
            for (int i = 0; i < column; i++)
            {
                int comma = rest.IndexOf(',');
                if (comma < 0) return null;
                rest = rest[(comma + 1)..];
            }
            int end = rest.IndexOf(',');
            cell = end < 0 ? rest : rest[..end];
        }
        return AsinId.TryNormalize(cell.ToString(), out var asin, out _) ? asin : null;
    }
}
