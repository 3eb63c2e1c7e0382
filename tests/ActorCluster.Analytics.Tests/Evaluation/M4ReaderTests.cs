using ActorCluster.Analytics.Evaluation;

namespace ActorCluster.Analytics.Tests.Evaluation;

public class M4ReaderTests
{
    private static IReadOnlyList<M4Series> Parse(string text) => M4Reader.Read(new StringReader(text));

    [Fact]
    public void ReadsLeftAlignedRowsWithTrailingEmptyCells()
    {
        var s = Parse("\"V1\",\"V2\",\"V3\",\"V4\"\n\"H1\",\"1\",\"2.5\",\"3\"\n\"H2\",\"4\",,\n\nH3,1e2,,\n");
        Assert.Equal(["H1", "H2", "H3"], s.Select(x => x.Id));
        Assert.Equal([1, 2.5, 3], s[0].Values);
        Assert.Equal([4], s[1].Values);
        Assert.Equal([100], s[2].Values);
    }

    [Fact]
    public void WorksWithoutAHeader() => Assert.Single(Parse("Y1,1,2,3\n"));

    [Theory]
    [InlineData("V1,V2\nH1,1,x,3\n", "line 2, column 3")]
    [InlineData("H1,1,2\nH2,1,,3\n", "line 2, column 4: value after the empty cell in column 3")]
    [InlineData("H1,1,2\n,1,2\n", "line 2, column 1: empty series id")]
    [InlineData("H1,1,2\nH2,,\n", "line 2: series 'H2' has no values")]
    [InlineData("H1,1,2\nH1,3,4\n", "line 2: series 'H1' appears twice")]
    [InlineData("H1,1,NaN\n", "line 1, column 3")]
    [InlineData("H1,1,\"2\n", "line 1: unterminated")]
    public void BadLinesNameTheLine(string text, string expected)
    {
        var e = Assert.Throws<FormatException>(() => Parse(text));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void ReadsTheM4HourlyFiles()
    {
        var data = M4Reader.ReadTrainTest(SharedData.PathOf("m4-hourly/Hourly-train.csv"), SharedData.PathOf("m4-hourly/Hourly-test.csv"));
        Assert.Equal(414, data.Count);
        Assert.All(data, s => Assert.Equal(48, s.Test.Length));
        Assert.All(data, s => Assert.True(s.Train.Length is 700 or 960));
        Assert.Equal("H1", data[0].Id);
        Assert.Equal(605, data[0].Train[0]);
        Assert.Equal(619, data[0].Test[0]);
    }
}
