namespace ActorCluster.Client.Backfill.Formats;

/// <summary>
/// The M5 competition long layout (<c>unique_id,ds,y,sell_price,event_type_*</c>): y is units sold, sell_price
/// the price. <c>unique_id</c> is an item-store id, not an ASIN: it is mapped with <see cref="SeriesAsin"/>.
/// The <c>event_*</c> columns are calendar events (holidays), which the grain's own calendar already knows;
/// they are recognised and not sent (an event is not a promotion of the product).
/// </summary>
public sealed class M5CsvReader : IObservationReader
{
    private readonly CellReader _cells = new();
    private readonly List<string> _warnings = [];
    private int _id, _ds, _y, _price;

    public BackfillFormat Format => BackfillFormat.M5;
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>The ids seen and the ASIN each was sent as.</summary>
    public SeriesAsinMap Ids { get; } = new();

    public static bool Matches(HeaderMap h) => h.Has("unique_id") && h.Has("ds") && h.Has("y");

    public void BindHeader(IReadOnlyList<string> header, string fileName)
    {
        var map = new HeaderMap(header);
        (_id, _ds, _y, _price) = (map.Find("unique_id"), map.Find("ds"), map.Find("y"), map.Find("sell_price"));
        if (_id < 0 || _ds < 0 || _y < 0)
            throw new BackfillFileException($"{fileName}:1: not an M5 long file: the header needs unique_id, ds and y");
        foreach (var c in header.Where(c => c.StartsWith("event_", StringComparison.OrdinalIgnoreCase))) map.Find(c);
        _warnings.AddRange(map.Unused(fileName));
    }

    public void ReadRecord(long line, IReadOnlyList<string> fields, List<CsvRow> output)
    {
        _cells.Start(fields);
        var id = _cells.Text(_id);
        if (id is null) { output.Add(CsvRow.Bad(line, null, "field 'unique_id' is empty", "unique_id")); return; }
        if (Ids.Map(id, out var clash) is not { } asin) { output.Add(CsvRow.Bad(line, null, clash!, "unique_id")); return; }
        var o = new Observation
        {
            PeriodStart = _cells.Period(_ds, "ds"),
            Units = _cells.Number(_y, "y"),
            Price = _cells.Number(_price, "sell_price"),
        };
        output.Add(_cells.Result(line, asin, o));
    }
}
