namespace ActorCluster.Analytics.Evaluation;

/// <summary>
/// Reads the M4 competition's wide CSV layout: one series per row, the id in the first cell, then the values
/// left-aligned, the rest of the row empty cells (rows differ in length). Cells may be quoted.
/// </summary>
/// <remarks>
/// A first row with no number in it (the files' <c>"V1","V2",…</c>) is a header and skipped; blank
/// lines are skipped. A malformed row throws <see cref="FormatException"/> naming the 1-based line and column:
/// an empty id, text or NaN/∞ where a number belongs, a value after an empty cell, a row with no values, or a
/// repeated id. Source of the layout: Mcompetitions/M4-methods, <c>Dataset/Train/*-train.csv</c>.
/// </remarks>
public static class M4Reader
{
    /// <summary>Reads a file.</summary>
    public static IReadOnlyList<M4Series> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>Reads all rows from a text reader.</summary>
    public static IReadOnlyList<M4Series> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = new List<M4Series>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int lineNumber = 0;
        bool first = true;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            List<string> cells;
            try { cells = CsvLine.Split(line); }
            catch (FormatException e) { throw new FormatException($"line {lineNumber}: {e.Message}"); }
            bool header = first && cells.Count > 1 && cells.Skip(1).All(c => c.Length > 0 && !CsvLine.TryNumber(c, out _));
            first = false;
            if (header) continue;
            var series = ParseRow(cells, lineNumber);
            if (!seen.Add(series.Id)) throw new FormatException($"line {lineNumber}: series '{series.Id}' appears twice");
            result.Add(series);
        }
        return result;
    }

    /// <summary>
    /// Reads a train file and its test file and pairs them by id (the test file holds the next h values).
    /// </summary>
    /// <exception cref="FormatException">When a row is malformed or an id is in one file only.</exception>
    public static IReadOnlyList<M4TrainTest> ReadTrainTest(string trainPath, string testPath)
    {
        var test = Read(testPath).ToDictionary(s => s.Id, s => s.Values, StringComparer.Ordinal);
        var train = Read(trainPath);
        if (train.Count != test.Count) throw new FormatException($"{train.Count} training series but {test.Count} test series");
        return train.Select(s => test.TryGetValue(s.Id, out var t)
            ? new M4TrainTest(s.Id, s.Values, t)
            : throw new FormatException($"series '{s.Id}' has no test row")).ToList();
    }

    private static M4Series ParseRow(List<string> cells, int lineNumber)
    {
        string id = cells[0].Trim();
        if (id.Length == 0) throw new FormatException($"line {lineNumber}, column 1: empty series id");
        var values = new List<double>(cells.Count - 1);
        int firstEmpty = -1;
        for (int c = 1; c < cells.Count; c++)
        {
            string cell = cells[c].Trim();
            if (cell.Length == 0)
            {
                if (firstEmpty < 0) firstEmpty = c;
                continue;
            }
            if (firstEmpty >= 0)
                throw new FormatException($"line {lineNumber}, column {c + 1}: value after the empty cell in column {firstEmpty + 1}");
            if (!CsvLine.TryNumber(cell, out double v))
                throw new FormatException($"line {lineNumber}, column {c + 1}: '{cell}' is not a finite number");
            values.Add(v);
        }
        if (values.Count == 0) throw new FormatException($"line {lineNumber}: series '{id}' has no values");
        return new M4Series(id, [.. values]);
    }
}
