using ActorCluster.Analytics.Evaluation;

namespace ActorCluster.Analytics.Tests.Evaluation;

public class M5ReaderTests
{
    private const string Header = "unique_id,ds,y,sell_price,event_type_Cultural\n";

    private static IReadOnlyList<M5Series> Parse(string text) => M5Reader.Read(new StringReader(text));

    [Fact]
    public void GroupsRowsPerIdInOrderOfFirstAppearance()
    {
        var s = Parse(Header + "B,2020-01-01,3,1.5,0\nA,2020-01-01,0,,1\nB,2020-01-02,4,1.5,\n");
        Assert.Equal(["B", "A"], s.Select(x => x.Id));
        Assert.Equal([3, 4], s[0].Sales);
        Assert.Equal([new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 2)], s[0].Dates);
        Assert.True(double.IsNaN(s[1].SellPrices[0]));
        Assert.Equal(1, s[1].Exogenous["event_type_Cultural"][0]);
        Assert.True(double.IsNaN(s[0].Exogenous["event_type_Cultural"][1]));
    }

    [Theory]
    [InlineData("A,2020-01-02,1,1,0\nA,2020-01-01,1,1,0\n", "line 3: ds 2020-01-01 does not follow 2020-01-02")]
    [InlineData("A,2020-01-01,x,1,0\n", "line 2: y 'x' is not a finite number")]
    [InlineData("A,01/02/2020,1,1,0\n", "line 2: ds")]
    [InlineData("A,2020-01-01,1,1\n", "line 2: 4 cells, the header has 5")]
    [InlineData("A,2020-01-01,1,abc,0\n", "line 2: sell_price 'abc'")]
    [InlineData(",2020-01-01,1,1,0\n", "line 2: empty unique_id")]
    public void BadLinesNameTheLine(string body, string expected)
    {
        var e = Assert.Throws<FormatException>(() => Parse(Header + body));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void RejectsAMissingHeader()
    {
        Assert.Throws<FormatException>(() => Parse(""));
        Assert.Contains("unique_id,ds,y", Assert.Throws<FormatException>(() => Parse("id,date,y\n")).Message);
    }

    [Fact]
    public void ReadsTheM5Extract()
    {
        var items = M5Reader.Read(SharedData.PathOf("m5/m5_sales_exog_small.csv"));
        Assert.Equal(8, items.Count);
        Assert.All(items, i => Assert.Equal(1969, i.Sales.Length));
        var first = items[0];
        Assert.Equal("FOODS_1_001", first.Id);
        Assert.Equal(new DateOnly(2011, 1, 29), first.Dates[0]);
        Assert.Equal(new DateOnly(2016, 6, 19), first.Dates[^1]);
        Assert.Equal(3, first.Sales[0]);
        Assert.Equal(2.0, first.SellPrices[0]);
        Assert.Equal(4, first.Exogenous.Count);
        Assert.Equal(1057, items.Sum(i => i.SellPrices.Count(double.IsNaN)));
        Assert.All(items, i => Assert.All(i.Dates.Zip(i.Dates.Skip(1)), d => Assert.Equal(d.First.AddDays(1), d.Second)));
    }
}
