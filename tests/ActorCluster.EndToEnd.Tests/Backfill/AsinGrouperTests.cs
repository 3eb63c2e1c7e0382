using ActorCluster.Client.Backfill.Grouping;

namespace ActorCluster.EndToEnd.Tests.Backfill;

/// <summary>Grouping with bounded memory: every row comes out once, with its ASIN, in period order, spilled or not.</summary>
public sealed class AsinGrouperTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("grouper-test").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static List<(string Asin, BufferedRow Row)> Scattered(int asins, int days, int seed)
    {
        var rows = new List<(string, BufferedRow)>();
        for (int a = 0; a < asins; a++)
            for (int d = 0; d < days; d++)
                rows.Add(($"B{a:D9}", new BufferedRow(0, new Observation { PeriodStart = new DateTime(2025, 1, 1).AddDays(d), Units = a * 1000 + d })));
        var rng = new Random(seed);
        var shuffled = rows.OrderBy(_ => rng.Next()).ToList();
        return [.. shuffled.Select((r, i) => (r.Item1, r.Item2 with { Line = i + 2 }))];
    }

    private List<AsinRows> Group(List<(string Asin, BufferedRow Row)> rows, int budget, out int partitions)
    {
        using var g = new AsinGrouper(budget, _temp);
        foreach (var (asin, row) in rows) g.Add(asin, row);
        var groups = g.Drain().ToList();
        partitions = g.Partitions;
        return groups;
    }

    [Theory]
    [InlineData(100_000)]   // fits in memory
    [InlineData(1000)]      // spills to several partitions
    public void Scattered_rows_come_out_grouped_complete_and_in_period_order(int budget)
    {
        var input = Scattered(asins: 40, days: 120, seed: 7);
        var groups = Group(input, budget, out int partitions);
        Assert.Equal(budget < input.Count, partitions > 0);
        Assert.Equal(40, groups.Count);
        Assert.Equal(40, groups.Select(g => g.Asin).Distinct().Count());
        foreach (var g in groups)
        {
            Assert.Equal(120, g.Rows.Length);
            int a = int.Parse(g.Asin[1..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(Enumerable.Range(0, 120).Select(d => (double)(a * 1000 + d)), g.Rows.Select(r => r.Observation.Units!.Value));
        }
        Assert.Equal(input.Select(r => r.Row.Line).Order(), groups.SelectMany(g => g.Rows).Select(r => r.Line).Order());
    }

    [Fact]
    public void A_partition_larger_than_the_budget_is_split_again_and_spill_files_are_removed()
    {
        // The size estimate says "small", so the first split leaves partitions over the budget.
        using var g = new AsinGrouper(1000, _temp) { EstimateTotalRows = () => 0 };
        var input = Scattered(asins: 200, days: 50, seed: 3);
        foreach (var (asin, row) in input) g.Add(asin, row);
        var groups = g.Drain().ToList();
        Assert.Equal(200, groups.Count);
        Assert.All(groups, grp => Assert.Equal(50, grp.Rows.Length));
        g.Dispose();
        Assert.Empty(Directory.GetFiles(_temp, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Rows_of_one_period_keep_file_order_and_every_field_survives_a_spill()
    {
        var o = new Observation
        {
            PeriodStart = new DateTime(2025, 2, 1, 0, 0, 0, DateTimeKind.Utc), Units = 1.5, Price = 9.99, Currency = "EUR", SalesRank = 42,
            Category = "Toys", Reviews = 3, Rating = 4.5, InStock = false, Promotion = true, CompetitorPrice = 8.5,
        };
        var rows = Enumerable.Range(0, 1500).Select(i => ("B000000001", new BufferedRow(3000 - i, o with { Units = i }))).ToList();
        rows.Add(("B000000002", new BufferedRow(1, o)));
        var groups = Group(rows, 1000, out int partitions);
        Assert.True(partitions > 0);
        var one = groups.Single(x => x.Asin == "B000000001").Rows;
        Assert.Equal(one.Select(r => r.Line).Order(), one.Select(r => r.Line));
        Assert.Equal(o, groups.Single(x => x.Asin == "B000000002").Rows[0].Observation);
    }
}
