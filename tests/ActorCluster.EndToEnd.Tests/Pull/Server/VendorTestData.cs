using System.Globalization;

namespace ActorCluster.Tests.Pull;

/// <summary>
/// Vendor records for the tests: good rows for recent days (inside every grain window) with malformed records mixed in,
/// and what a correct pull must make of them.
/// </summary>
public static class VendorTestData
{
    public static DateTime Today => DateTime.UtcNow.Date;

    public static string[] Asins(string prefix, int count) =>
        [.. Enumerable.Range(1, count).Select(i => prefix + i.ToString("D" + (10 - prefix.Length), CultureInfo.InvariantCulture))];

    private static string Day(DateTime d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Helium 10-style rows: <paramref name="days"/> good rows per ASIN (the days before today), and after every
    /// <paramref name="badEvery"/>-th row one malformed record (cycling through six faults). Returns the malformed count.
    /// </summary>
    public static VendorEndpoint Helium(string[] asins, int days, int badEvery, out int malformed)
    {
        var records = new List<VendorRecord>();
        malformed = 0;
        int n = 0;
        foreach (var asin in asins)
        {
            for (int d = days; d >= 1; d--)
            {
                var date = Day(Today.AddDays(-d));
                records.Add(new(asin, $"{{\"asin\":\"{asin}\",\"date\":\"{date}\",\"keyword\":\"garlic press\",\"price\":{19.99 + d % 3},\"currency\":\"USD\"," +
                                      $"\"bsr\":{1000 + d},\"dailySales\":{10 + d % 5},\"reviewCount\":{200 + d},\"rating\":4.4,\"category\":\"Kitchen\",\"inStock\":true}}"));
                if (++n % badEvery == 0) { records.Add(new(asin, BadHelium(malformed, asin, date))); malformed++; }
            }
        }
        return new VendorEndpoint("results", records);
    }

    /// <summary>The field each malformed Helium record is rejected for, in the order <see cref="Helium"/> cycles through them.</summary>
    public static readonly string[] HeliumFaultFields = ["asin", "price", "date", "asin", "bsr", "record"];

    private static string BadHelium(int i, string asin, string date) => (i % 6) switch
    {
        0 => $"{{\"asin\":\"B0BAD\",\"date\":\"{date}\",\"price\":5}}",
        1 => $"{{\"asin\":\"{asin}\",\"date\":\"{date}\",\"price\":\"abc\"}}",
        2 => $"{{\"asin\":\"{asin}\",\"date\":\"yesterday\",\"price\":5}}",
        3 => $"{{\"date\":\"{date}\",\"price\":5}}",
        4 => $"{{\"asin\":\"{asin}\",\"date\":\"{date}\",\"bsr\":12.5}}",
        _ => "\"not a record\"",
    };

    private static readonly DateTime KeepaEpoch = new(2011, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static long KeepaMinute(DateTime t) => (long)(t - KeepaEpoch).TotalMinutes;

    /// <summary>
    /// Keepa-style products: one per ASIN with <paramref name="days"/> days of history (an Amazon price event at noon
    /// each day, -1 every seventh day; two rank events a day; reviews daily), plus <paramref name="malformedProducts"/>
    /// malformed products filed under the first ASIN. Each good product yields <paramref name="days"/> observations.
    /// </summary>
    public static VendorEndpoint Keepa(string[] asins, int days, int malformedProducts)
    {
        var records = new List<VendorRecord>();
        foreach (var asin in asins)
        {
            var price = new List<long>();
            var rank = new List<long>();
            var reviews = new List<long>();
            for (int d = days; d >= 1; d--)
            {
                var day = Today.AddDays(-d);
                price.AddRange([KeepaMinute(day.AddHours(12)), d % 7 == 0 ? -1 : 1999 + d]);
                rank.AddRange([KeepaMinute(day.AddHours(3)), 5000 + d, KeepaMinute(day.AddHours(20)), 4000 + d]);
                reviews.AddRange([KeepaMinute(day.AddHours(6)), 300 - d]);
            }
            var rating = new long[] { KeepaMinute(Today.AddDays(-days)), 45 };
            records.Add(new(asin, $"{{\"asin\":\"{asin}\",\"categoryName\":\"Kitchen\",\"csv\":[{Array(price)},null,null,{Array(rank)}," +
                                  $"{string.Concat(Enumerable.Repeat("null,", 12))}{Array(rating)},{Array(reviews)}]}}"));
        }
        string[] bad =
        [
            "{\"asin\":\"B0MALFORM1\",\"csv\":[[1,2,3]]}",
            "{\"asin\":\"B0MALFORM2\",\"csv\":\"none\"}",
            $"{{\"asin\":\"B0MALFORM3\",\"csv\":[null,null,null,[{KeepaMinute(Today.AddDays(-2))},5,{KeepaMinute(Today.AddDays(-3))},6]]}}",
            "{\"csv\":[]}",
        ];
        for (int i = 0; i < malformedProducts; i++) records.Add(new(asins[0], bad[i % bad.Length]));
        return new VendorEndpoint("products", records);
    }

    private static string Array(IEnumerable<long> values) => "[" + string.Join(',', values) + "]";
}
