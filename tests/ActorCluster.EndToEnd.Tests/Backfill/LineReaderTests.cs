using ActorCluster.Client.Backfill;

namespace ActorCluster.EndToEnd.Tests.Backfill;

/// <summary>The bounded line reader and the per-line checks every layout shares.</summary>
public sealed class LineReaderTests
{
    [Fact]
    public void Lines_end_at_lf_crlf_or_cr_and_a_last_line_needs_no_newline()
    {
        var r = new BoundedLineReader(new StringReader("a\r\nb\rc\n\nd"), 100);
        var lines = new List<string>();
        while (r.ReadLine(out _) is { } l) lines.Add(l);
        Assert.Equal(["a", "b", "c", "", "d"], lines);
        Assert.Equal(5, r.LineNumber);
    }

    [Fact]
    public void A_line_beyond_the_maximum_is_skipped_unread_and_the_next_line_is_intact()
    {
        // Longer than the reader's block, so the cut-off spans several reads.
        var text = "short\n" + new string('x', 200_000) + "\nafter\n";
        var r = new BoundedLineReader(new StringReader(text), 1000);
        Assert.Equal("short", r.ReadLine(out var t1));
        Assert.False(t1);
        Assert.Equal("", r.ReadLine(out var t2));
        Assert.True(t2);
        Assert.Equal("after", r.ReadLine(out var t3));
        Assert.False(t3);
        Assert.Equal(3, r.LineNumber);
    }

    [Fact]
    public void An_overlong_undecodable_or_truncated_line_is_one_rejection_naming_its_line()
    {
        var text = "asin,period,units\nB000000001,2025-01-01,1\n" + "B000000001,2025-01-02," + new string('9', 5000) + "\n" +
                   "B000000001,2025-01-03,\uFFFD\nB000000001,2025-01-04\nB000000001,2025-01-05,5\n";
        var (rows, _) = ReadRows.From(text, maxLine: 1000);
        Assert.Equal([2L, 6L], rows.Where(r => r.IsValid).Select(r => r.Line));
        Assert.Contains("longer than the maximum of 1000", rows.Single(r => r.Line == 3).Error);
        Assert.Contains("not valid UTF-8", rows.Single(r => r.Line == 4).Error);
        Assert.Equal("column 3", rows.Single(r => r.Line == 4).Field);
        Assert.Contains("truncated", rows.Single(r => r.Line == 5).Error);
    }

    [Fact]
    public void Duplicate_header_columns_are_refused_naming_both_positions()
    {
        var e = Assert.Throws<BackfillFileException>(() => ReadRows.From("asin,period,units,Units\n"));
        Assert.Contains("t.csv:1: column 'Units' appears twice (columns 3 and 4)", e.Message);
    }

    [Theory]
    [InlineData("1e400", "not a plausible value")]
    [InlineData("Infinity", "not a plausible value")]
    [InlineData("5e13", "not a plausible value")]
    public void Absurd_numbers_are_refused_on_the_client(string units, string reason)
    {
        var (rows, _) = ReadRows.From($"asin,period,units\nB000000001,2025-01-01,{units}\n");
        Assert.Contains(reason, Assert.Single(rows).Error);
        Assert.Equal("units", rows[0].Field);
    }

    [Fact]
    public void A_period_before_1970_is_refused()
    {
        var (rows, _) = ReadRows.From("asin,period,units\nB000000001,1066-10-14,1\n");
        Assert.Contains("before 1970", Assert.Single(rows).Error);
    }
}
