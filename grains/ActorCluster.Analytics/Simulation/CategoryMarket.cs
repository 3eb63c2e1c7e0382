namespace ActorCluster.Analytics.Simulation;

/// <summary>
/// One category of the simulated market: its yearly seasonality, its sales-rank power law and the events
/// (price wars, new entrants) that every ASIN of it shares. Immutable and safe to share between threads.
/// Built from (seed, category index) alone, so each ASIN can rebuild its category independently.
/// </summary>
public sealed class CategoryMarket
{
    private const int EntrantRampDays = 14;
    private const int PriceWarRampDays = 3;
    private const ulong Stream = 0xC47E6012;

    private static readonly string[] Names =
        ["Toys", "Kitchen", "Garden", "Electronics", "Beauty", "Sports", "Books", "Pet Supplies", "Office", "Grocery", "Baby", "Tools"];

    private readonly (int First, int Last, double Depth)[] _priceWars;
    private readonly (int First, double Loss)[] _entrants;

    internal CategoryMarket(MarketScenario scenario, int index)
    {
        var rng = new Xoshiro256StarStar(SplitMix64.Combine((ulong)scenario.Seed, Stream, (ulong)index));
        var ranges = scenario.Category;
        Index = index;
        Name = NameOf(index);
        YearlyAmplitude = ranges.YearlyAmplitude.Uniform(ref rng);
        YearlyPeakDay = 1 + 365 * rng.NextDouble();
        TopSellerUnits = ranges.TopSellerUnits.LogUniform(ref rng);
        RankExponent = ranges.RankExponent.Uniform(ref rng);
        RankNoise = ranges.RankNoise.Uniform(ref rng);
        RankScale = Math.Pow(TopSellerUnits, RankExponent);

        double years = scenario.Days / 365.0;
        var wars = new List<(int, int, double)>();
        int warCount = (int)RandomVariates.Poisson(ref rng, ranges.PriceWarsPerYear.Uniform(ref rng) * years);
        for (int i = 0; i < warCount; i++)
        {
            int first = rng.NextInt(scenario.Days), last = first + ranges.PriceWarDays.Days(ref rng) - 1;
            double depth = ranges.PriceWarDepth.Uniform(ref rng);
            if (wars.All(w => last < w.Item1 - 7 || first > w.Item2 + 7)) wars.Add((first, last, depth));
        }
        _priceWars = [.. wars.OrderBy(w => w.Item1)];

        int entrantCount = (int)RandomVariates.Poisson(ref rng, ranges.NewEntrantsPerYear.Uniform(ref rng) * years);
        _entrants = new (int, double)[entrantCount];
        for (int i = 0; i < entrantCount; i++) _entrants[i] = (rng.NextInt(scenario.Days), ranges.NewEntrantShareLoss.Uniform(ref rng));
        Array.Sort(_entrants);

        Events =
        [
            .. _priceWars.Select(w => new CategoryEvent(CategoryEventKind.PriceWar, scenario.Start.AddDays(w.First), scenario.Start.AddDays(w.Last), w.Depth)),
            .. _entrants.Select(e => new CategoryEvent(CategoryEventKind.NewEntrant, scenario.Start.AddDays(e.First), scenario.Start.AddDays(e.First + EntrantRampDays - 1), e.Loss)),
        ];
    }

    /// <summary>The category's index in the scenario.</summary>
    public int Index { get; }

    /// <summary>The category's display name, e.g. "Kitchen" (or "Kitchen 2" past the twelfth category).</summary>
    public string Name { get; }

    /// <summary>Amplitude A of the yearly seasonality.</summary>
    public double YearlyAmplitude { get; }

    /// <summary>Day of the year (1–366) of the seasonal peak.</summary>
    public double YearlyPeakDay { get; }

    /// <summary>Daily units of the category's best seller (rank 1 without noise).</summary>
    public double TopSellerUnits { get; }

    /// <summary>Rank power law a = TopSellerUnits^b, so that rank = a·units^−b.</summary>
    public double RankScale { get; }

    /// <summary>Rank power law exponent b.</summary>
    public double RankExponent { get; }

    /// <summary>Standard deviation of the log-normal rank noise.</summary>
    public double RankNoise { get; }

    /// <summary>The category's price wars and new entrants.</summary>
    public IReadOnlyList<CategoryEvent> Events { get; }

    /// <summary>The display name of category <paramref name="index"/>.</summary>
    public static string NameOf(int index) =>
        index < Names.Length ? Names[index] : $"{Names[index % Names.Length]} {index / Names.Length + 1}";

    /// <summary>Yearly seasonal factor 1 + A·cos(2π(<paramref name="dayOfYear"/> − peak)/365.25).</summary>
    public double Yearly(int dayOfYear) => 1 + YearlyAmplitude * Math.Cos(2 * Math.PI * (dayOfYear - YearlyPeakDay) / 365.25);

    /// <summary>Factor on competitors' prices on day <paramref name="t"/> (below 1 during a price war).</summary>
    public double CompetitorPriceIndex(int t)
    {
        foreach (var (first, last, depth) in _priceWars)
        {
            if (t < first) break;
            if (t > last) continue;
            double ramp = Math.Min(1, Math.Min(t - first + 1, last - t + 1) / (double)PriceWarRampDays);
            return 1 - depth * ramp;
        }
        return 1;
    }

    /// <summary>Share of demand left to each ASIN on day <paramref name="t"/> after new entrants (1 before any).</summary>
    public double Share(int t)
    {
        double share = 1;
        foreach (var (first, loss) in _entrants)
        {
            if (t < first) break;
            share *= 1 - loss * Math.Min(1, (t - first + 1) / (double)EntrantRampDays);
        }
        return share;
    }
}
