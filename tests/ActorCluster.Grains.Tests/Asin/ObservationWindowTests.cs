using ActorCluster.Grains.Asin;
using ActorCluster.Grains.Storage;

namespace ActorCluster.Grains.Tests.Asin;

/// <summary>The block window behaves exactly like a plain sorted map of the latest N periods.</summary>
public sealed class ObservationWindowTests
{
    private static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1, PeriodKind.Day, 400)]
    [InlineData(2, PeriodKind.Day, 45)]
    [InlineData(3, PeriodKind.Hour, 100)]
    [InlineData(4, PeriodKind.Week, 60)]
    public void Random_puts_match_a_naive_sorted_window_and_survive_encoding(int seed, PeriodKind kind, int length)
    {
        var rng = new Random(seed);
        var step = Periods.Length(kind);
        var window = new ObservationWindow(kind, length);
        var naive = new SortedDictionary<DateTime, Observation>();
        long latest = 0;
        for (int op = 0; op < 3000; op++)
        {
            // Mostly in order, some late, some corrections, now and then a jump that evicts many rows.
            long offset = rng.NextDouble() switch
            {
                < 0.6 => latest + 1,
                < 0.8 => latest - rng.Next(0, length + 20),
                < 0.97 => latest - rng.Next(0, 5),
                _ => latest + rng.Next(2, length * 2),
            };
            var period = Start + step * Math.Max(0, offset);
            var oldest = window.OldestAccepted;
            if (oldest is { } o && period < o) continue; // the ingestor rejects these before the window
            var row = new Observation { PeriodStart = period, Units = rng.Next(0, 100), Price = rng.Next(100, 5000) / 100.0, SalesRank = rng.Next(1, 9999) };
            window.Put(row);
            naive[period] = row;
            latest = Math.Max(latest, Math.Max(0, offset));
            var cutoff = naive.Keys.Max() - (length - 1) * step;
            foreach (var k in naive.Keys.Where(k => k < cutoff).ToList()) naive.Remove(k);

            if (op % 97 == 0) window = ObservationWindow.FromBlocks(kind, length, window.EncodeBlocks());
            if (op % 13 == 0) window.EncodeBlocks();
            Assert.Equal(naive.Count, window.Count);
            Assert.Equal(naive.Values.Last(), window.Latest);
        }
        Assert.Equal(naive.Values, window.Rows());
        Assert.Equal(naive.First().Key, window.Oldest);
        var restored = ObservationWindow.FromBlocks(kind, length, window.EncodeBlocks());
        Assert.Equal(naive.Values, restored.Rows());
        foreach (var (period, row) in naive) Assert.Equal(row, restored.Get(period));
    }

    [Fact]
    public void A_full_default_window_persists_in_a_few_kilobytes()
    {
        var window = new ObservationWindow(PeriodKind.Day, 400);
        var rng = new Random(5);
        double price = 24.99;
        for (int d = 0; d < 400; d++)
        {
            if (rng.NextDouble() < 0.05) price = Math.Round(price * (0.9 + 0.2 * rng.NextDouble()), 2);
            window.Put(new Observation
            {
                PeriodStart = Start.AddDays(d), Units = rng.Next(0, 60), Price = price, SalesRank = 5000 + rng.Next(-400, 400),
                Reviews = 300 + d / 3, Rating = 4.3, InStock = true, Promotion = rng.NextDouble() < 0.03, CompetitorPrice = Math.Round(price * 0.97, 2),
            });
        }
        int bytes = window.EncodeBlocks().Sum(b => b.Length);
        Assert.InRange(bytes, 500, 8 * 1024);
    }

    [Fact]
    public void Numbers_round_trip_exactly_whatever_their_form()
    {
        double[] values = [0, -0.0, 1, 12345678901, 19.99, 0.1 + 0.2, Math.PI, 1e-300, double.MaxValue, -7.25, 4.3];
        var rows = values.Select((v, i) => new Observation { PeriodStart = Start.AddDays(i), Units = v, Price = v, Rating = v, CompetitorPrice = v }).ToList();
        var back = ObservationWindowCodec.Decode(ObservationWindowCodec.Encode(rows, PeriodKind.Day), PeriodKind.Day);
        Assert.Equal(rows, back);
        Assert.True(double.IsNegative(back[1].Units!.Value));
    }
}
