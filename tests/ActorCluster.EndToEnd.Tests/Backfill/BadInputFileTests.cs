using System.Text;

namespace ActorCluster.EndToEnd.Tests;

/// <summary>
/// Broken files through the real console and silo: truncated, wrongly encoded, mixed layouts, duplicate headers,
/// absurd values, a line far beyond the limit. Each gives a clear error naming file, line and field; the good rows
/// around it are stored; nothing crashes.
/// </summary>
public sealed partial class BackfillBadInputTests
{
    private string WriteBytes(string name, byte[] content)
    {
        var path = Path.Combine(fixture.Dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static string Row(string asin, int day, string units = "5") => $"{asin},2025-06-{day:D2},{units},9.99,USD,100,Toys,10,4.5,true,false";

    [Fact]
    public async Task A_file_cut_off_mid_line_keeps_every_complete_row_and_names_the_truncated_one()
    {
        var text = string.Join('\n', Header, Row("T000000001", 1), Row("T000000001", 2), Row("T000000001", 3)[..25]);
        var r = await Backfill(Write("cut.csv", text));
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("cut.csv:4: expected 11 fields as in the header, found 4 (a truncated line?)", r.StdErr);
        Assert.Equal(2, await Accepted("T000000001"));
    }

    [Fact]
    public async Task Latin1_bytes_reject_their_line_naming_the_column_and_the_rest_loads()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "\n" + Row("E000000001", 1) + "\n").Concat(
            Encoding.Latin1.GetBytes("E000000001,2025-06-02,5,9.99,USD,100,Caf\u00e9,10,4.5,true,false\n")).Concat(
            Encoding.UTF8.GetBytes(Row("E000000001", 3) + "\n")).ToArray();
        var rejects = Path.Combine(fixture.Dir, "latin1-rejects.csv");
        var r = await Backfill(WriteBytes("latin1.csv", bytes), "--rejects", rejects);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("latin1.csv:3: bytes that are not valid UTF-8", r.StdErr);
        Assert.Equal("latin1.csv,3,,column 7,bytes that are not valid UTF-8 at character 41 (a Latin-1 or other non-UTF-8 file?)", File.ReadLines(rejects).ElementAt(1));
        Assert.Equal(2, await Accepted("E000000001"));
    }

    [Fact]
    public async Task Utf16_with_a_byte_order_mark_loads_and_without_one_is_a_clear_error()
    {
        var text = Header + "\n" + Row("W000000016", 1) + "\n" + Row("W000000016", 2) + "\n";
        var withBom = await Backfill(WriteBytes("utf16.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]));
        Assert.True(withBom.ExitCode == 0, withBom.ToString());
        Assert.Equal(2, await Accepted("W000000016"));

        var noBom = await Backfill(WriteBytes("utf16-nobom.csv", Encoding.Unicode.GetBytes(text)));
        Assert.Equal(2, noBom.ExitCode);
        Assert.Contains("utf16-nobom.csv: looks like UTF-16 text without a byte-order mark", noBom.StdErr);
    }

    [Fact]
    public async Task A_canonical_header_over_m5_rows_rejects_every_row_by_field_without_crashing()
    {
        var rejects = Path.Combine(fixture.Dir, "mixed-rejects.csv");
        var r = await Backfill(Write("m5rows.csv", "asin,period,units,price\nFOODS_1_001,2011-01-29,3,2.0\nFOODS_1_001,2011-01-30,0,2.0\n"), "--rejects", rejects);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("m5rows.csv:2: ASIN 'FOODS_1_001' has 11 characters, expected 10", r.StdErr);
        Assert.Contains("rejected 2", r.StdOut);
        Assert.All(File.ReadLines(rejects).Skip(1), line => Assert.Contains(",asin,", line));
    }

    [Fact]
    public async Task Duplicate_header_columns_are_a_clear_error()
    {
        var r = await Backfill(Write("dup.csv", "asin,period,units,price,units\nD000000001,2025-01-01,1,2,3\n"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("dup.csv:1: column 'units' appears twice (columns 3 and 5)", r.StdErr);
    }

    [Fact]
    public async Task Absurd_values_are_rejected_naming_the_field_and_sane_rows_are_kept()
    {
        var rejects = Path.Combine(fixture.Dir, "absurd-rejects.csv");
        var text = string.Join('\n', Header,
            Row("X000000001", 1),
            Row("X000000001", 2, "1e400"),                                      // 3 overflows to infinity: client
            "X000000001,2025-06-03,5,9.99,USD,100,Toys,10,7.5,true,false",     // 4 rating above 5: grain
            "X000000001,2025-06-04,5,9.99,USD,-8,Toys,10,4.5,true,false",      // 5 negative rank: grain
            "X000000001,1066-10-14,5,9.99,USD,100,Toys,10,4.5,true,false",     // 6 before 1970: client
            "X000000001,2999-01-01,5,9.99,USD,100,Toys,10,4.5,true,false",     // 7 far future: grain
            Row("X000000001", 8),
            "");
        var r = await Backfill(Write("absurd.csv", text), "--rejects", rejects);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("accepted 2", r.StdOut);
        Assert.Contains("rejected 5", r.StdOut);
        var byLine = File.ReadLines(rejects).Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[1], f => (Asin: f[2], Field: f[3]));
        Assert.Equal(["3", "4", "5", "6", "7"], byLine.Keys.Order());
        Assert.Equal(("units", "rating", "rank", "period", "period"), (byLine["3"].Field, byLine["4"].Field, byLine["5"].Field, byLine["6"].Field, byLine["7"].Field));
        Assert.Contains("absurd.csv:7: X000000001: period 2999-01-01", r.StdErr);
        Assert.Equal(2, await Accepted("X000000001"));
    }

    [Fact]
    public async Task A_line_far_beyond_the_maximum_is_rejected_unread_between_good_rows()
    {
        var path = Path.Combine(fixture.Dir, "long.csv");
        using (var w = new StreamWriter(path))
        {
            w.WriteLine(Header);
            w.WriteLine(Row("G000000001", 1));
            w.Write("G000000001,2025-06-02,");
            for (int i = 0; i < 3000; i++) w.Write(new string('9', 1000));   // 3 MB in one line
            w.WriteLine();
            w.WriteLine(Row("G000000001", 3));
        }
        var r = await Backfill(path);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("long.csv:3: line is longer than the maximum of 1048576 characters (--max-line-length); skipped unread", r.StdErr);
        Assert.Equal(2, await Accepted("G000000001"));

        var small = await Backfill(Write("short-limit.csv", Header + "\n" + Row("G000000002", 1) + "\n"), "--max-line-length", "64");
        Assert.Equal(2, small.ExitCode);
        Assert.Contains("short-limit.csv:1: the header is longer than 64 characters", small.StdErr);
    }
}
