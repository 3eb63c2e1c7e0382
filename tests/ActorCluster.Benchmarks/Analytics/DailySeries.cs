using ActorCluster.Analytics.Pipeline;

namespace ActorCluster.Benchmarks.Analytics;

/// <summary>A deterministic daily product series: level, weekly season, promotions, noise, a slowly moving rank.</summary>
public static class DailySeries
{
    public static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static AnalyticsInput[] Create(int days, int seed = 1)
    {
        var rng = new Random(seed);
        var rows = new AnalyticsInput[days];
        double rank = 4000;
        for (int d = 0; d < days; d++)
        {
            bool promo = d % 40 < 3;
            double weekly = 1 + 0.3 * Math.Sin(2 * Math.PI * d / 7);
            double units = Math.Max(0, Math.Round(30 * weekly * (promo ? 1.7 : 1) + rng.NextDouble() * 10 - 5));
            rank = Math.Max(1, rank * (1 + (rng.NextDouble() - 0.5) * 0.05));
            rows[d] = new AnalyticsInput(Start.AddDays(d), units, promo ? 16.99 : 19.99, Math.Round(rank), promo);
        }
        return rows;
    }

    public static double[] Units(int days, int seed = 1) => [.. Create(days, seed).Select(r => r.Units)];
}
