using System.Text.Json;

namespace ActorCluster.Connectors.Profiles;

/// <summary>
/// A Helium 10-style keyword/product endpoint: pages of <c>{"total": n, "results": [...]}</c>, one record per ASIN and
/// day: <c>asin</c>, <c>date</c> (yyyy-MM-dd), <c>price</c>, <c>currency</c>, <c>bsr</c>, <c>dailySales</c> or
/// <c>monthlySales</c>, <c>reviewCount</c>, <c>rating</c>, <c>category</c>, <c>inStock</c>; <c>keyword</c>, <c>brand</c>
/// and <c>monthlyRevenue</c> are read by people, not by the grains. Without <c>dailySales</c> the units are the
/// monthly estimate spread evenly over the days of that month (the vendor publishes no daily shape).
/// </summary>
public sealed class HeliumProfile : VendorRecordMapper
{
    public override string ItemsProperty => "results";

    public override RecordError? Map(JsonElement record, DateTime since, List<AsinObservation> output)
    {
        if (record.ValueKind != JsonValueKind.Object) return new RecordError("record", $"expected an object, found {record.ValueKind}");
        if (ReadAsin(record, "asin", out var asin) is { } bad) return bad;
        var f = new JsonField(record);
        var date = f.Date("date");
        var price = f.Number("price");
        var currency = f.Text("currency");
        var rank = f.Integer("bsr");
        var daily = f.Number("dailySales");
        var monthly = f.Number("monthlySales");
        var reviews = f.Integer("reviewCount");
        var rating = f.Number("rating");
        var category = f.Text("category");
        var inStock = f.Flag("inStock");
        if (f.Error is { } error) return error;
        if (reviews is > int.MaxValue or < int.MinValue) return new RecordError("reviewCount", $"{reviews} is out of range");
        if (date!.Value < since) return null;   // before the pull's start: not wanted, not wrong
        var units = daily ?? monthly / DateTime.DaysInMonth(date.Value.Year, date.Value.Month);
        output.Add(new AsinObservation(asin, new Observation
        {
            PeriodStart = date.Value, Units = units, Price = price, Currency = currency, SalesRank = rank,
            Reviews = (int?)reviews, Rating = rating, Category = category, InStock = inStock,
        }));
        return null;
    }
}
