using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests;

/// <summary>One real silo for the class; the real console fed broken files.</summary>
public sealed class SiloFixture : IAsyncLifetime
{
    public string Dir { get; } = RepoPaths.NewTempDir();
    public SiloProcess Silo { get; private set; } = null!;
    public string Gateway => Silo.GatewayPort.ToString();

    public async Task InitializeAsync() => Silo = await SiloProcess.StartAsync(Dir);
    public async Task DisposeAsync() => await Silo.DisposeAsync();
}

[Collection(global::ActorCluster.EndToEnd.Tests.Backfill.BackfillCluster.Name)]
public sealed partial class BackfillBadInputTests(SiloFixture fixture)
{
    private const string Header = "asin,period,units,price,currency,rank,category,reviews,rating,in_stock,promo";

    private string Write(string name, string content)
    {
        var path = Path.Combine(fixture.Dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private Task<ClientProcess.Result> Backfill(string path, params string[] extra) =>
        ClientProcess.RunAsync(["backfill", path, "--gateway-port", fixture.Gateway, .. extra]);

    private async Task<long> Accepted(string asin)
    {
        var r = await ClientProcess.RunAsync("status", asin, "--json", "--gateway-port", fixture.Gateway);
        Assert.True(r.ExitCode == 0, r.ToString());
        return System.Text.Json.JsonDocument.Parse(r.StdOut).RootElement.GetProperty("Counts").GetProperty("Accepted").GetInt64();
    }

    [Fact]
    public async Task Malformed_lines_wrong_types_and_invalid_asins_are_reported_by_line_and_the_good_rows_are_stored()
    {
        var file = Write("mixed.csv", string.Join('\n',
            Header,
            "A000000001,2026-01-01,5,9.99,USD,100,Toys,10,4.5,true,false",       // 2 good
            "A000000001,2026-01-02,\"6,9.99,USD,100,Toys,10,4.5,true,false",     // 3 unterminated quote
            "A000000001,2026-01-03,7,9.99,USD",                                  // 4 too few fields
            "A000000001,2026-01-04,lots,9.99,USD,100,Toys,10,4.5,true,false",    // 5 units not a number
            "A000000001,2026-01-05,8,9.99,USD,100,Toys,10,4.5,maybe,false",      // 6 bad flag
            "A00-BAD,2026-01-06,8,9.99,USD,100,Toys,10,4.5,true,false",          // 7 invalid ASIN
            "A000000001,someday,8,9.99,USD,100,Toys,10,4.5,true,false",          // 8 bad date
            "A000000001,2026-01-09,-3,9.99,USD,100,Toys,10,4.5,true,false",      // 9 negative units (grain rejects)
            "a000000001 ,2026-01-10,9,9.99,USD,100,Toys,10,4.5,true,false",      // 10 good after normalising
            ""));
        var r = await Backfill(file);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("9 rows", r.StdOut);
        Assert.Contains("accepted 2", r.StdOut);
        Assert.Contains("rejected 7", r.StdOut);
        Assert.Contains("mixed.csv:3: unterminated quoted field", r.StdErr);
        Assert.Contains("mixed.csv:4: expected 11 fields as in the header, found 5", r.StdErr);
        Assert.Contains("mixed.csv:5: A000000001: field 'units': 'lots' is not a number", r.StdErr);
        Assert.Contains("mixed.csv:6: A000000001: field 'in_stock': 'maybe' is not a flag", r.StdErr);
        Assert.Contains("mixed.csv:7: ASIN 'A00-BAD' has 7 characters", r.StdErr);
        Assert.Contains("mixed.csv:8: A000000001: field 'period': 'someday' is not an ISO-8601 date", r.StdErr);
        Assert.Contains("mixed.csv:9: A000000001: units -3 must not be negative", r.StdErr);
        Assert.Equal(2, await Accepted("A000000001"));
    }

    [Fact]
    public async Task Unknown_columns_are_named_and_ignored()
    {
        var file = Write("extra.csv", "asin,period,units,colour,price\nA000000002,2026-02-01,4,red,5.5\n");
        var r = await Backfill(file);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("extra.csv:1: unknown column 'colour' (column 4) is ignored", r.StdErr);
        Assert.Equal(1, await Accepted("A000000002"));
    }

    [Fact]
    public async Task An_empty_file_is_an_error()
    {
        var r = await Backfill(Write("empty.csv", ""));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("empty.csv: the file is empty", r.StdErr);
    }

    [Fact]
    public async Task A_file_that_is_not_csv_is_an_error()
    {
        var path = Path.Combine(fixture.Dir, "image.png");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var r = await Backfill(path);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("image.png", r.StdErr);
        Assert.Contains("not a text file", r.StdErr);
    }

    [Fact]
    public async Task Text_that_is_not_an_observation_csv_names_the_missing_columns()
    {
        var r = await Backfill(Write("notes.txt", "Dear diary,\nToday I sold many things.\n"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("notes.txt:1: not a backfill file: the header matches no known layout", r.StdErr);
    }

    [Fact]
    public async Task A_file_whose_every_row_is_bad_exits_non_zero()
    {
        var r = await Backfill(Write("allbad.csv", Header + "\nnope,2026-01-01,1,1,USD,1,x,1,1,true,false\n"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("allbad.csv:2:", r.StdErr);
    }

    [Fact]
    public async Task A_missing_file_and_an_unreachable_cluster_are_clear_errors()
    {
        var missing = await Backfill(Path.Combine(fixture.Dir, "nope.csv"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("file not found", missing.StdErr);

        var file = Write("one.csv", Header + "\nA000000003,2026-01-01,1,1,USD,1,x,1,1,true,false\n");
        var unreachable = await ClientProcess.RunAsync("backfill", file, "--gateway-port", RepoPaths.FreePort().ToString(), "--connect-timeout", "2");
        Assert.Equal(1, unreachable.ExitCode);
        Assert.Contains("cannot reach the local silo", unreachable.StdErr);
    }
}
