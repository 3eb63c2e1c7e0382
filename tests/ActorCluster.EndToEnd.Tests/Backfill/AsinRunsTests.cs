using ActorCluster.Client.Backfill;
using ActorCluster.Client.Backfill.Grouping;

namespace ActorCluster.EndToEnd.Tests.Backfill;

/// <summary>
/// Sending while reading: only a canonical file whose ASINs each sit in one run within the budget is streamed, and each
/// run comes out once, complete and in period order, as the two-phase grouping would give it.
/// </summary>
public sealed class AsinRunsTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("runs-test").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private FileInfo Write(params string[] lines)
    {
        var path = Path.Combine(_temp, $"{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, lines);
        return new FileInfo(path);
    }

    private static bool Scan(FileInfo f, int budget = 1000, BackfillFormat? format = null) => AsinRunScan.IsGroupedByAsin(f, format, 1 << 20, budget);

    [Fact]
    public void A_file_with_each_asin_in_one_run_is_grouped_whatever_the_period_order_inside_a_run()
    {
        Assert.True(Scan(Write("asin,period,units", "B000000001,2025-01-02,1", "b000000001,2025-01-01,2", "B000000002,2025-01-01,3", "", "B000000003,2025-01-01,4")));
        // The ASIN column anywhere, quoted cells, rows the reader will reject on other grounds.
        Assert.True(Scan(Write("period,\"asin\",units", "2025-01-01,\"B000000001\",\"1,5\"", "2025-01-02,B000000001,x", "2025-01-01,B000000002,1")));
    }

    [Fact]
    public void An_asin_that_comes_back_a_run_over_budget_or_another_layout_takes_the_two_phase_path()
    {
        Assert.False(Scan(Write("asin,period,units", "B000000001,2025-01-01,1", "B000000002,2025-01-01,1", "B000000001,2025-01-02,1")));
        Assert.False(Scan(Write("asin,period,units", "B000000001,2025-01-01,1", "B000000001,2025-01-02,1", "B000000001,2025-01-03,1"), budget: 2));
        Assert.False(Scan(Write("unique_id,ds,y", "A,2025-01-01,1")));
        Assert.False(Scan(Write("asin,period,units", "B000000001,2025-01-01,1"), format: BackfillFormat.Keepa));
        Assert.False(Scan(Write("")));
    }

    [Fact]
    public void Runs_come_out_sorted_by_period_then_line_and_a_returning_asin_stops_the_backfill()
    {
        static (string, BufferedRow) Row(string asin, int day, long line) => (asin, new BufferedRow(line, new Observation { PeriodStart = new DateTime(2025, 1, day) }));
        var groups = AsinRuns.Group([Row("B000000001", 3, 2), Row("B000000001", 1, 3), Row("B000000001", 1, 4), Row("B000000002", 2, 5)]).ToList();
        Assert.Equal(["B000000001", "B000000002"], groups.Select(g => g.Asin));
        Assert.Equal([3L, 4L, 2L], groups[0].Rows.Select(r => r.Line));

        var changed = AsinRuns.Group([Row("B000000001", 1, 2), Row("B000000002", 1, 3), Row("B000000001", 2, 4)]);
        Assert.Throws<BackfillFileException>(() => changed.ToList());
    }
}
