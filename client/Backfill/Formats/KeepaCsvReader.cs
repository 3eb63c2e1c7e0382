namespace ActorCluster.Client.Backfill.Formats;

/// <summary>
/// A Keepa-style history export: one row per ASIN and timestamp, price and sales-rank series in columns
/// (<c>ASIN,Timestamp,Title,Buy Box: Current,Amazon: Current,New: Current,Sales Rank: Current,
/// Sales Rank: Root Category,Reviews: Review Count,Reviews: Rating,Bought in past month</c>). The price is the
/// Buy Box price, else Amazon's, else the lowest new offer; "-" and a rank of -1 mean no data (Keepa's
/// convention); "Bought in past month" becomes units per day (÷ 30). Several rows on one day: the grain keeps
/// the last (the later rows count as corrections).
/// </summary>
public sealed class KeepaCsvReader : IObservationReader
{
    private static readonly string[] TimeColumns = ["Timestamp", "Date", "Time"];
    private readonly CellReader _cells = new(["-", "N/A"]);
    private readonly List<string> _warnings = [];
    private string _timeName = "Timestamp";
    private int _asin, _time, _buyBox, _amazon, _new, _rank, _category, _reviews, _rating, _bought;

    public BackfillFormat Format => BackfillFormat.Keepa;
    public IReadOnlyList<string> Warnings => _warnings;

    public static bool Matches(HeaderMap h) =>
        h.Has("ASIN") && h.Header.Any(c => c.StartsWith("Sales Rank:", StringComparison.OrdinalIgnoreCase) || c.StartsWith("Buy Box:", StringComparison.OrdinalIgnoreCase));

    public void BindHeader(IReadOnlyList<string> header, string fileName)
    {
        var map = new HeaderMap(header);
        (_asin, _time) = (map.Find("ASIN"), map.Find(TimeColumns));
        if (_asin < 0 || _time < 0)
            throw new BackfillFileException($"{fileName}:1: not a Keepa-style export: the header needs ASIN and one of {string.Join(", ", TimeColumns)}");
        _timeName = header[_time];
        _buyBox = map.Find("Buy Box: Current", "Buy Box 🚚: Current");
        _amazon = map.Find("Amazon: Current");
        _new = map.Find("New: Current");
        _rank = map.Find("Sales Rank: Current");
        _category = map.Find("Sales Rank: Root Category", "Categories: Root");
        _reviews = map.Find("Reviews: Review Count", "Review Count");
        _rating = map.Find("Reviews: Rating", "Rating");
        _bought = map.Find("Bought in past month");
        map.Find("Title", "Brand");
        _warnings.AddRange(map.Unused(fileName));
    }

    public void ReadRecord(long line, IReadOnlyList<string> fields, List<CsvRow> output)
    {
        _cells.Start(fields);
        if (!AsinId.TryNormalize(_cells.Text(_asin), out var asin, out var asinError)) { output.Add(CsvRow.Bad(line, null, asinError!, "ASIN")); return; }
        string? currency = null;
        var price = _cells.Money(_buyBox, "Buy Box: Current", ref currency)
                    ?? _cells.Money(_amazon, "Amazon: Current", ref currency)
                    ?? _cells.Money(_new, "New: Current", ref currency);
        var rank = _cells.Integer(_rank, "Sales Rank: Current");
        var bought = _cells.Number(_bought, "Bought in past month");
        var o = new Observation
        {
            PeriodStart = _cells.Period(_time, _timeName),
            Price = price,
            Currency = price is null ? null : currency,
            SalesRank = rank == -1 ? null : rank,
            Category = _cells.Text(_category),
            Reviews = (int?)_cells.Integer(_reviews, "Reviews: Review Count", int.MaxValue),
            Rating = _cells.Number(_rating, "Reviews: Rating"),
            Units = bought is { } b ? Math.Round(b / 30, 2) : null,
        };
        output.Add(_cells.Result(line, asin, o));
    }
}
