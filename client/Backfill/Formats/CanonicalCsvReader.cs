namespace ActorCluster.Client.Backfill.Formats;

/// <summary>
/// The canonical long CSV: <c>asin,period,units,price,currency,rank,category,reviews,rating,in_stock,promo</c>
/// (plus optional <c>competitor_price</c>), any column order, one row per ASIN and period. Only <c>asin</c> and
/// <c>period</c> are required; empty cells are missing values.
/// </summary>
public sealed class CanonicalCsvReader : IObservationReader
{
    public static readonly string[] KnownColumns =
        ["asin", "period", "units", "price", "currency", "rank", "category", "reviews", "rating", "in_stock", "promo", "competitor_price"];

    private readonly CellReader _cells = new();
    private readonly List<string> _warnings = [];
    private int[] _col = [];

    public BackfillFormat Format => BackfillFormat.Canonical;
    public IReadOnlyList<string> Warnings => _warnings;

    public static bool Matches(HeaderMap h) => h.Has("asin") && h.Has("period");

    public void BindHeader(IReadOnlyList<string> header, string fileName)
    {
        var map = new HeaderMap(header);
        _col = [.. KnownColumns.Select(c => map.Find(c))];
        if (_col[0] < 0 || _col[1] < 0)
            throw new BackfillFileException($"{fileName}:1: not a canonical observation CSV: the header lacks " +
                string.Join(" and ", new[] { "asin", "period" }.Where((_, i) => _col[i] < 0)) + $" (expected columns: {string.Join(",", KnownColumns)})");
        _warnings.AddRange(map.Unused(fileName));
    }

    public void ReadRecord(long line, IReadOnlyList<string> fields, List<CsvRow> output)
    {
        _cells.Start(fields);
        if (!AsinId.TryNormalize(_cells.Text(_col[0]), out var asin, out var asinError)) { output.Add(CsvRow.Bad(line, null, asinError!, "asin")); return; }
        var o = new Observation
        {
            PeriodStart = _cells.Period(_col[1], "period"),
            Units = _cells.Number(_col[2], "units"),
            Price = _cells.Number(_col[3], "price"),
            Currency = _cells.Text(_col[4]),
            SalesRank = _cells.Integer(_col[5], "rank"),
            Category = _cells.Text(_col[6]),
            Reviews = (int?)_cells.Integer(_col[7], "reviews", int.MaxValue),
            Rating = _cells.Number(_col[8], "rating"),
            InStock = _cells.Flag(_col[9], "in_stock"),
            Promotion = _cells.Flag(_col[10], "promo"),
            CompetitorPrice = _cells.Number(_col[11], "competitor_price"),
        };
        output.Add(_cells.Result(line, asin, o));
    }
}
