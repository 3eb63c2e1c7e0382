using System.Globalization;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests;

/// <summary>The real console's `evaluate` on the real M4-Hourly and M5 files in ../shared/data.</summary>
public sealed class EvaluateCommandTests
{
    private static string Data(string relative) =>
        Path.GetFullPath(Path.Combine(Environment.GetEnvironmentVariable("ACTORCLUSTER_SHARED_DATA") ?? Path.Combine(RepoPaths.Root, "..", "shared", "data"), relative));

    [Fact]
    public async Task M4_hourly_forecasts_are_written_and_scored_against_naive2()
    {
        var output = Path.Combine(RepoPaths.NewTempDir(), "m4.csv");
        var r = await ClientProcess.RunAsync("evaluate", "--train", Data("m4-hourly/Hourly-train.csv"), "--test", Data("m4-hourly/Hourly-test.csv"),
            "--horizon", "48", "--season", "24", "--out", output, "--limit", "30");
        Assert.True(r.ExitCode == 0, r.ToString());
        var lines = File.ReadAllLines(output);
        Assert.Equal(31, lines.Length);
        Assert.Equal(49, lines[0].Split(',').Length);
        Assert.StartsWith("id,f1,f2", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.All(l.Split(',').Skip(1), v => Assert.True(double.IsFinite(double.Parse(v, CultureInfo.InvariantCulture)))));
        Assert.Contains("30 of 30 series scored", r.StdOut);
        Assert.Equal(1.0, Owa(r.StdOut, "Naive2"), 3);
        Assert.True(Owa(r.StdOut, "Auto") < 1.0, r.StdOut);
    }

    [Fact]
    public async Task M5_long_layout_holds_out_the_last_horizon()
    {
        var output = Path.Combine(RepoPaths.NewTempDir(), "m5.csv");
        var r = await ClientProcess.RunAsync("evaluate", "--train", Data("m5/m5_sales_exog_small.csv"), "--horizon", "28", "--season", "7", "--out", output);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(9, File.ReadAllLines(output).Length);
        Assert.Contains("8 of 8 series scored", r.StdOut);
    }

    [Theory]
    [InlineData("--horizon", "0", "horizon")]
    [InlineData("--season", "-3", "season")]
    public async Task Bad_arguments_are_named(string option, string value, string expected)
    {
        string[] args = ["evaluate", "--train", Data("m4-hourly/Hourly-train.csv"), "--test", Data("m4-hourly/Hourly-test.csv"),
            "--horizon", "48", "--season", "24", "--out", Path.Combine(RepoPaths.NewTempDir(), "x.csv")];
        int i = Array.IndexOf(args, option);
        args[i + 1] = value;
        var r = await ClientProcess.RunAsync(args);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected, r.StdErr);
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error()
    {
        var r = await ClientProcess.RunAsync("evaluate", "--train", "/nonexistent/train.csv", "--horizon", "4", "--season", "4", "--out", "/tmp/x.csv");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("/nonexistent/train.csv", r.StdErr);
    }

    private static double Owa(string table, string method)
    {
        var line = table.Split('\n').First(l => l.StartsWith(method + " ", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3], CultureInfo.InvariantCulture);
    }
}
