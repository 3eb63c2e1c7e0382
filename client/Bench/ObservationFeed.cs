namespace ActorCluster.Client.Bench;

/// <summary>
/// Deterministic, realistic daily observations for the bench's ASINs. Every ASIN advances through
/// consecutive days, so each ingest is a new period (Accepted) and the stored window stays in order.
/// Not thread-safe per ASIN: the bench gives each ASIN to exactly one concurrent caller.
/// </summary>
public sealed class ObservationFeed
{
    /// <summary>
    /// Far enough back that no run reaches the grain's future-skew limit (about 55 years of days per ASIN);
    /// periods that old are fine for the grain, which only judges them against its own latest period.
    /// </summary>
    public static readonly DateTime FirstDay = DateTime.UtcNow.Date.AddDays(-20_000);

    private readonly string[] _asins;
    private readonly int[] _nextDay;

    public ObservationFeed(int asins)
    {
        _asins = [.. Enumerable.Range(0, asins).Select(i => $"BX{i:D8}")];
        _nextDay = new int[asins];
    }

    public int Count => _asins.Length;

    public string Asin(int index) => _asins[index];

    /// <summary>The next day's observation of ASIN <paramref name="index"/>; advances it.</summary>
    public Observation Next(int index) => At(index, Advance(index, 1));

    /// <summary>The next <paramref name="size"/> consecutive days of ASIN <paramref name="index"/>; advances it.</summary>
    public Observation[] NextBatch(int index, int size)
    {
        var first = Advance(index, size);
        var batch = new Observation[size];
        for (var i = 0; i < size; i++) batch[i] = At(index, first + i);
        return batch;
    }

    /// <summary>What the next ingest of ASIN <paramref name="index"/> would carry, without advancing: the echo payload.</summary>
    public Observation Peek(int index) => At(index, _nextDay[index]);

    private int Advance(int index, int days)
    {
        var day = _nextDay[index];
        if (day + days > 20_000)
            throw new InvalidOperationException($"ASIN {_asins[index]} ran out of past days; use more --asins or a shorter --duration");
        _nextDay[index] = day + days;
        return day;
    }

    /// <summary>All fields filled, as a scraped product page would give them; values drift like a real listing.</summary>
    private Observation At(int index, int day)
    {
        var h = Mix((ulong)index * 1_000_003UL + (ulong)day);
        var promo = h % 17 == 0;
        var price = Math.Round(19.99 + (index % 20) + (promo ? -2.0 : 0.0), 2);
        return new Observation
        {
            PeriodStart = FirstDay.AddDays(day),
            Units = h % 41,
            Price = price,
            Currency = "USD",
            SalesRank = 1_000 + (long)(h >> 8) % 50_000,
            Category = "Kitchen",
            Reviews = 100 + day / 3,
            Rating = Math.Round(3.5 + (double)((h >> 20) % 16) / 10, 1),
            InStock = (h >> 30) % 29 != 0,
            Promotion = promo,
            CompetitorPrice = Math.Round(price - 0.5 + (double)((h >> 36) % 100) / 100, 2),
        };
    }

    // SplitMix64 finaliser: cheap, stateless, and the same figures on every run.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
