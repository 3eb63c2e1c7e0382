using System.Text.Json;
using ActorCluster.Connectors.Profiles;

namespace ActorCluster.Grains.Tests.Pull;

public sealed class HeliumProfileTests
{
    private static readonly DateTime Since = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly HeliumProfile _profile = new();

    private (RecordError? Error, List<AsinObservation> Output) Map(string json)
    {
        var output = new List<AsinObservation>();
        var error = _profile.Map(JsonDocument.Parse(json).RootElement, Since, output);
        return (error, output);
    }

    [Fact]
    public void A_full_row_maps_every_field()
    {
        var (error, output) = Map("""
            {"asin":" b000000001 ","date":"2026-02-03","keyword":"kettle","brand":"Acme","price":24.5,"currency":"EUR",
             "bsr":1234,"dailySales":17,"monthlySales":400,"monthlyRevenue":9800,"reviewCount":321,"rating":4.6,
             "category":"Kitchen","inStock":false}
            """);
        Assert.Null(error);
        var (asin, o) = Assert.Single(output);
        Assert.Equal("B000000001", asin);
        Assert.Equal(new DateTime(2026, 2, 3, 0, 0, 0, DateTimeKind.Utc), o.PeriodStart);
        Assert.Equal(DateTimeKind.Utc, o.PeriodStart.Kind);
        Assert.Equal(17, o.Units);
        Assert.Equal(24.5, o.Price);
        Assert.Equal("EUR", o.Currency);
        Assert.Equal(1234, o.SalesRank);
        Assert.Equal(321, o.Reviews);
        Assert.Equal(4.6, o.Rating);
        Assert.Equal("Kitchen", o.Category);
        Assert.False(o.InStock);
    }

    [Fact]
    public void Monthly_sales_are_spread_over_the_days_of_that_month_and_missing_fields_stay_null()
    {
        var (error, output) = Map("""{"asin":"B000000001","date":"2026-02-10","monthlySales":280}""");
        Assert.Null(error);
        var o = Assert.Single(output).Observation;
        Assert.Equal(10, o.Units);   // February 2026 has 28 days
        Assert.Null(o.Price);
        Assert.Null(o.SalesRank);
        Assert.Null(o.InStock);
    }

    [Fact]
    public void Rows_before_since_are_skipped_not_rejected()
    {
        var (error, output) = Map("""{"asin":"B000000001","date":"2025-12-31","price":3}""");
        Assert.Null(error);
        Assert.Empty(output);
    }

    [Theory]
    [InlineData("""{"date":"2026-02-03"}""", "asin", "missing")]
    [InlineData("""{"asin":"B0BAD","date":"2026-02-03"}""", "asin", "has 5 characters")]
    [InlineData("""{"asin":42,"date":"2026-02-03"}""", "asin", "expected a string")]
    [InlineData("""{"asin":"B000000001"}""", "date", "missing")]
    [InlineData("""{"asin":"B000000001","date":"03/02/2026"}""", "date", "is not an ISO-8601 date")]
    [InlineData("""{"asin":"B000000001","date":"2026-02-03","price":"abc"}""", "price", "\"abc\" is not a number")]
    [InlineData("""{"asin":"B000000001","date":"2026-02-03","bsr":12.5}""", "bsr", "is not a whole number")]
    [InlineData("""{"asin":"B000000001","date":"2026-02-03","inStock":"yes"}""", "inStock", "is not true or false")]
    [InlineData("""{"asin":"B000000001","date":"2026-02-03","reviewCount":99999999999}""", "reviewCount", "out of range")]
    [InlineData("""[1,2]""", "record", "expected an object")]
    public void Malformed_rows_are_rejected_naming_the_field(string json, string field, string why)
    {
        var (error, output) = Map(json);
        Assert.NotNull(error);
        Assert.Equal(field, error.Field);
        Assert.Contains(why, error.Reason);
        Assert.Empty(output);
    }
}
