using System.Text.Json;
using ActorCluster.Connectors.Profiles;

namespace ActorCluster.Grains.Tests.Pull;

public sealed class KeepaProfileTests
{
    private static readonly DateTime Since = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly KeepaProfile _profile = new();

    private static long M(int day, int hour) => KeepaTime.FromUtc(new DateTime(2026, 3, day, hour, 0, 0, DateTimeKind.Utc));

    private (RecordError? Error, List<AsinObservation> Output) Map(string json)
    {
        var output = new List<AsinObservation>();
        return (_profile.Map(JsonDocument.Parse(json).RootElement, Since, output), output);
    }

    [Fact]
    public void Keepa_minutes_count_from_2011()
    {
        Assert.Equal(new DateTime(2011, 1, 1, 0, 0, 0, DateTimeKind.Utc), KeepaTime.ToUtc(0));
        Assert.Equal(new DateTime(2011, 1, 2, 1, 0, 0, DateTimeKind.Utc), KeepaTime.ToUtc(1500));
        Assert.Equal(1500, KeepaTime.FromUtc(new DateTime(2011, 1, 2, 1, 0, 30, DateTimeKind.Utc)));
        // A value Keepa documents in its examples' range: 2026 is about 7.9 million minutes after the epoch.
        Assert.InRange(M(1, 0), 7_800_000, 8_000_000);
    }

    [Fact]
    public void Histories_become_one_observation_per_day_with_the_last_value_of_the_day()
    {
        var json = $$"""
            {"asin":"B000000009","categoryName":"Toys","csv":[
              [{{M(1, 8)}},1999,{{M(1, 20)}},1899,{{M(2, 9)}},-1,{{M(3, 9)}},2099],
              [{{M(2, 10)}},2500],
              null,
              [{{M(1, 1)}},5000,{{M(1, 23)}},4200,{{M(3, 2)}},-1],
              null,null,null,null,null,null,null,null,null,null,null,null,
              [{{M(1, 0)}},43],
              [{{M(3, 5)}},120]
            ]}
            """;
        var (error, output) = Map(json);
        Assert.Null(error);
        Assert.Equal(3, output.Count);
        Assert.All(output, o => Assert.Equal("B000000009", o.Asin));
        var (d1, d2, d3) = (output[0].Observation, output[1].Observation, output[2].Observation);
        Assert.Equal(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), d1.PeriodStart);
        Assert.Equal(18.99, d1.Price);       // the day's last Amazon price, cents to dollars
        Assert.True(d1.InStock);
        Assert.Equal(4200, d1.SalesRank);
        Assert.Equal(4.3, d1.Rating);        // tenths of a star
        Assert.Equal("Toys", d1.Category);
        Assert.Null(d1.Reviews);
        Assert.Equal(25.0, d2.Price);        // Amazon out of stock (-1): the new-offer price
        Assert.False(d2.InStock);
        Assert.Null(d2.SalesRank);
        Assert.Equal(20.99, d3.Price);
        Assert.Null(d3.SalesRank);           // -1 rank is "no rank", not zero
        Assert.Equal(120, d3.Reviews);
    }

    [Fact]
    public void Events_before_since_are_dropped()
    {
        var before = KeepaTime.FromUtc(Since.AddDays(-3));
        var (error, output) = Map($$"""{"asin":"B000000009","csv":[[{{before}},100,{{M(1, 5)}},200]]}""");
        Assert.Null(error);
        Assert.Equal(2.0, Assert.Single(output).Observation.Price);
    }

    [Theory]
    [InlineData("""{"asin":"B000000009","csv":[[1,2,3]]}""", "csv[0]", "even count")]
    [InlineData("""{"asin":"B000000009","csv":[null,null,null,[5,1,4,1]]}""", "csv[3]", "goes back")]
    [InlineData("""{"asin":"B000000009","csv":[[1.5,100]]}""", "csv[0]", "not a Keepa minute")]
    [InlineData("""{"asin":"B000000009","csv":[[1,-7]]}""", "csv[0]", "≥ -1")]
    [InlineData("""{"asin":"B000000009","csv":[null,null,null,"x"]}""", "csv[3]", "expected an array")]
    [InlineData("""{"asin":"B000000009","csv":"none"}""", "csv", "not an array")]
    [InlineData("""{"asin":"B000000009"}""", "csv", "missing")]
    [InlineData("""{"csv":[]}""", "asin", "missing")]
    [InlineData("""{"asin":"B000000009","categoryName":7,"csv":[]}""", "categoryName", "not a string")]
    public void Malformed_products_are_rejected_whole_naming_the_field(string json, string field, string why)
    {
        var (error, output) = Map(json);
        Assert.NotNull(error);
        Assert.Equal(field, error.Field);
        Assert.Contains(why, error.Reason);
        Assert.Empty(output);
    }
}
