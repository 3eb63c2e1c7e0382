namespace ActorCluster.Grains.Tests.Fixtures;

public static class TestData
{
    private static int _next;

    /// <summary>A fresh valid ASIN per call, so tests sharing a cluster never share a grain.</summary>
    public static string NewAsin(char prefix = 'T') => $"{prefix}{Interlocked.Increment(ref _next):D9}";

    public static DateTime Today => DateTime.UtcNow.Date;

    public static Observation Obs(DateTime day, double units = 10, double price = 19.99, bool promo = false) => new()
    {
        PeriodStart = day, Units = units, Price = price, Currency = "USD", SalesRank = 1200, Category = "Kitchen",
        Reviews = 50, Rating = 4.4, InStock = true, Promotion = promo, CompetitorPrice = 18.5,
    };

    /// <summary>n consecutive daily observations ending today, with varied values.</summary>
    public static Observation[] Days(int n, int seed = 1)
    {
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, n).Select(i => Obs(Today.AddDays(i - n + 1), rng.Next(0, 80), Math.Round(10 + rng.NextDouble() * 20, 2), rng.NextDouble() < 0.05))];
    }
}
