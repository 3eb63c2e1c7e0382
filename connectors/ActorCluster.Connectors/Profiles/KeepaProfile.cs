using System.Text.Json;

namespace ActorCluster.Connectors.Profiles;

/// <summary>
/// A Keepa-style product endpoint: pages of <c>{"total": n, "products": [...]}</c>, one record per ASIN with
/// <c>asin</c>, optional <c>categoryName</c>, and <c>csv</c>: an array of histories indexed as Keepa's price types
/// (<see cref="Amazon"/> price in cents, <see cref="New"/> price in cents, <see cref="SalesRank"/>, <see cref="Rating"/>
/// in tenths of a star, <see cref="ReviewCount"/>). Each UTC day with an event becomes one observation holding the
/// day's last value of every history; a -1 Amazon price is "out of stock" (no price) and falls back to the new price.
/// A malformed history rejects the whole product: half a product's days would look like real gaps.
/// </summary>
public sealed class KeepaProfile : VendorRecordMapper
{
    public const int Amazon = 0, New = 1, SalesRank = 3, Rating = 16, ReviewCount = 17;

    public override string ItemsProperty => "products";

    public override RecordError? Map(JsonElement record, DateTime since, List<AsinObservation> output)
    {
        if (record.ValueKind != JsonValueKind.Object) return new RecordError("record", $"expected an object, found {record.ValueKind}");
        if (ReadAsin(record, "asin", out var asin) is { } bad) return bad;
        var f = new JsonField(record);
        var category = f.Text("categoryName");
        if (f.Error is { } error) return error;
        if (!record.TryGetProperty("csv", out var csv) || csv.ValueKind != JsonValueKind.Array)
            return new RecordError("csv", "missing or not an array of histories");

        var series = new SortedDictionary<DateTime, long>[ReviewCount + 1];
        foreach (var index in (int[])[Amazon, New, SalesRank, Rating, ReviewCount])
        {
            var history = index < csv.GetArrayLength() ? csv[index] : default;
            if (KeepaHistory.LastPerDay(history, $"csv[{index}]", since, out var days) is { } e) return e;
            series[index] = days;
        }

        var allDays = new SortedSet<DateTime>(series.Where(s => s is not null).SelectMany(s => s.Keys));
        foreach (var day in allDays)
        {
            var amazon = Value(series[Amazon], day);
            var fresh = Value(series[New], day);
            var cents = amazon ?? fresh;
            output.Add(new AsinObservation(asin, new Observation
            {
                PeriodStart = day,
                Price = cents / 100.0,
                InStock = series[Amazon].ContainsKey(day) ? amazon is not null : null,
                SalesRank = Value(series[SalesRank], day),
                Rating = Value(series[Rating], day) / 10.0,
                Reviews = (int?)Value(series[ReviewCount], day),
                Category = category,
            }));
        }
        return null;
    }

    // The day's value, null when the history has no event that day or its event is "none" (-1).
    private static long? Value(SortedDictionary<DateTime, long> days, DateTime day) =>
        days.TryGetValue(day, out var v) && v != KeepaHistory.Missing ? v : null;
}
