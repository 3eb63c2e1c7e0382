namespace ActorCluster.Client.Backfill.Formats;

/// <summary>
/// A Helium 10 Xray-style snapshot: one row per ASIN as seen on a date
/// (<c>Date,ASIN,Product Details,Brand,Price $,Sales,Revenue $,BSR,Review Count,Ratings,Category</c>);
/// each row becomes one observation for its date. Xray's Sales is the estimated units of the trailing 30 days,
/// so units per day = Sales ÷ 30 (two decimals); without Sales, Revenue ÷ Price ÷ 30. Prices may carry "$" and
/// thousands separators; "-" and "N/A" are missing values. Xray itself does not write the date: add the day
/// the snapshot was taken as the Date column.
/// </summary>
public sealed class XrayCsvReader : IObservationReader
{
    /// <summary>Days Xray's "Sales" estimate covers.</summary>
    public const double SalesWindowDays = 30;

    private static readonly string[] DateColumns = ["Date", "Snapshot Date", "Snapshot"];
    private readonly CellReader _cells = new(["-", "N/A", "n/a"]);
    private readonly List<string> _warnings = [];
    private int _asin, _date, _price, _sales, _revenue, _bsr, _reviews, _rating, _category;
    private string? _defaultCurrency;

    public BackfillFormat Format => BackfillFormat.Xray;
    public IReadOnlyList<string> Warnings => _warnings;

    public static bool Matches(HeaderMap h) => h.Has("ASIN") && h.Has("BSR") && h.Has("Revenue", "Revenue $", "ASIN Revenue", "Sales", "ASIN Sales");

    public void BindHeader(IReadOnlyList<string> header, string fileName)
    {
        var map = new HeaderMap(header);
        (_asin, _date) = (map.Find("ASIN"), map.Find(DateColumns));
        if (_asin < 0) throw new BackfillFileException($"{fileName}:1: not an Xray-style export: the header lacks ASIN");
        if (_date < 0)
            throw new BackfillFileException($"{fileName}:1: an Xray-style snapshot needs the day it was taken: add a column named one of {string.Join(", ", DateColumns)}");
        _price = map.Find("Price $", "Price", "Price (USD)");
        _defaultCurrency = _price >= 0 && header[_price].Contains('$') ? "USD" : null;
        _sales = map.Find("Sales", "ASIN Sales", "Monthly Sales");
        _revenue = map.Find("Revenue $", "Revenue", "ASIN Revenue");
        _bsr = map.Find("BSR");
        _reviews = map.Find("Review Count", "Reviews");
        _rating = map.Find("Ratings", "Rating");
        _category = map.Find("Category");
        map.Find("Product Details", "Brand", "URL", "Image URL", "Title");
        _warnings.AddRange(map.Unused(fileName));
    }

    public void ReadRecord(long line, IReadOnlyList<string> fields, List<CsvRow> output)
    {
        _cells.Start(fields);
        if (!AsinId.TryNormalize(_cells.Text(_asin), out var asin, out var asinError)) { output.Add(CsvRow.Bad(line, null, asinError!, "ASIN")); return; }
        string? currency = null;
        var price = _cells.Money(_price, "Price", ref currency);
        var sales = _cells.Number(_sales, "Sales");
        var revenue = _cells.Money(_revenue, "Revenue", ref currency);
        double? monthly = sales ?? (revenue is { } r && price is > 0 ? r / price : null);
        var o = new Observation
        {
            PeriodStart = _cells.Period(_date, "Date"),
            Price = price,
            Currency = price is null ? null : currency ?? _defaultCurrency,
            Units = monthly is { } m ? Math.Round(m / SalesWindowDays, 2) : null,
            SalesRank = _cells.Integer(_bsr, "BSR"),
            Reviews = (int?)_cells.Integer(_reviews, "Review Count", int.MaxValue),
            Rating = _cells.Number(_rating, "Ratings"),
            Category = _cells.Text(_category),
        };
        output.Add(_cells.Result(line, asin, o));
    }
}
