namespace ActorCluster.Client.Backfill.Formats;

/// <summary>
/// A wide table: a date column first (<c>date</c>, <c>ds</c>, <c>period</c>, <c>day</c>, <c>week</c> or
/// <c>timestamp</c>) and one column of units per series, one row per period. Each non-empty cell becomes one
/// observation of units for that series; an empty cell is no observation. Column names become ASIN keys
/// with <see cref="SeriesAsin"/> (a name that is a valid ASIN is used as it is).
/// </summary>
public sealed class WideCsvReader : IObservationReader
{
    public static readonly string[] DateColumns = ["date", "ds", "period", "day", "week", "timestamp"];

    private readonly CellReader _cells = new();
    private readonly List<string> _warnings = [];
    private string[] _asins = [];
    private string[] _names = [];
    private string _dateName = "date";

    public BackfillFormat Format => BackfillFormat.Wide;
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>The column names and the ASIN each was sent as.</summary>
    public SeriesAsinMap Ids { get; } = new();

    public static bool Matches(HeaderMap h) =>
        h.Header.Count >= 2 && DateColumns.Contains(h.Header[0].Trim(), StringComparer.OrdinalIgnoreCase);

    public void BindHeader(IReadOnlyList<string> header, string fileName)
    {
        if (!Matches(new HeaderMap(header)))
            throw new BackfillFileException($"{fileName}:1: not a wide file: the first column must be one of {string.Join(", ", DateColumns)} and series must follow");
        _dateName = header[0];
        _names = [.. header.Skip(1)];
        _asins = new string[_names.Length];
        for (int i = 0; i < _names.Length; i++)
        {
            if (_names[i].Length == 0) throw new BackfillFileException($"{fileName}:1: column {i + 2} has no name, so it cannot become a series");
            _asins[i] = Ids.Map(_names[i], out var clash)
                        ?? throw new BackfillFileException($"{fileName}:1: column {i + 2}: {clash}");
        }
    }

    public void ReadRecord(long line, IReadOnlyList<string> fields, List<CsvRow> output)
    {
        _cells.Start(fields);
        var period = _cells.Period(0, _dateName);
        if (_cells.HasErrors)
        {
            // Without a date no cell of the line can be placed: one rejection for the line, not one per series.
            output.Add(CsvRow.Bad(line, null, $"field '{_dateName}': the date is unreadable, so none of the line's {_names.Length} series can be placed", _dateName));
            return;
        }
        for (int i = 0; i < _names.Length; i++)
        {
            _cells.Start(fields);
            var units = _cells.Number(i + 1, _names[i]);
            if (units is null && !_cells.HasErrors) continue;
            output.Add(_cells.Result(line, _asins[i], new Observation { PeriodStart = period, Units = units }));
        }
    }
}
