namespace ActorCluster.Benchmarks.Storage;

/// <summary>A realistic daily window: counts, prices in cents that change now and then, a slowly moving rank.</summary>
public static class SampleWindow
{
    public static List<Observation> Create(int days, int seed = 1)
    {
        var rng = new Random(seed);
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        double price = 24.99;
        long rank = 5000;
        int reviews = 300;
        var rows = new List<Observation>(days);
        for (int d = 0; d < days; d++)
        {
            if (rng.NextDouble() < 0.05) price = Math.Round(price * (0.9 + 0.2 * rng.NextDouble()), 2);
            rank = Math.Max(1, rank + rng.Next(-400, 400));
            reviews += rng.Next(0, 3);
            rows.Add(new Observation
            {
                PeriodStart = start.AddDays(d), Units = rng.Next(0, 60), Price = price, SalesRank = rank, Reviews = reviews,
                Rating = 4.3, InStock = rng.NextDouble() > 0.01, Promotion = rng.NextDouble() < 0.03,
                CompetitorPrice = Math.Round(price * 0.97, 2),
            });
        }
        return rows;
    }
}
