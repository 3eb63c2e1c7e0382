namespace ActorCluster.Analytics.Simulation;

/// <summary>
/// Entry points of the deterministic market model: one ASIN on demand, one category, or the whole market.
/// ASIN i has the id "S" + i in nine digits and belongs to category i mod <see cref="MarketScenario.Categories"/>.
/// </summary>
/// <remarks>
/// <para>The model of one ASIN-day t: expected units μ = base demand × life-cycle level × weekly profile ×
/// the category's yearly season × holiday factor × (price / reference)^elasticity × (competitor price /
/// its reference)^cross-elasticity × the category's share after new entrants × promotion uplift or
/// pull-forward dip × the anomaly's factor; units ~ negative binomial (μ, r), 0 during a stock-out;
/// sales rank = a·max(units, 0.2)^−b·e^(σz) with the category's a, b, σ; new reviews ~ Poisson(units ×
/// reviews per unit). <see cref="AsinTruth"/> holds every parameter.</para>
/// <para>Price = list price (with permanent steps) × a repricer adjustment per block of days × (1 −
/// discount) during promotions; the competitor's price = its reference × its temporary moves × the
/// category's price-war index. Glitches (a bad price, missing days) change only what is reported.</para>
/// </remarks>
public static class MarketSimulator
{
    /// <summary>The simulator of ASIN <paramref name="index"/>; the same for a given scenario however many others exist.</summary>
    /// <exception cref="ArgumentException">The scenario is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside [0, <see cref="MarketScenario.Asins"/>).</exception>
    public static AsinSimulator Asin(MarketScenario scenario, int index)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        scenario.Validate();
        CheckIndex(scenario, index);
        return new AsinSimulator(scenario, index, new CategoryMarket(scenario, CategoryOf(scenario, index)));
    }

    /// <summary>Category <paramref name="category"/> of the scenario, with its rank law and events.</summary>
    /// <exception cref="ArgumentException">The scenario is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is outside [0, <see cref="MarketScenario.Categories"/>).</exception>
    public static CategoryMarket Category(MarketScenario scenario, int category)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        scenario.Validate();
        ArgumentOutOfRangeException.ThrowIfNegative(category);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(category, scenario.Categories);
        return new CategoryMarket(scenario, category);
    }

    /// <summary>Every ASIN's full series, lazily, in index order (each category built once and shared).</summary>
    /// <exception cref="ArgumentException">The scenario is invalid.</exception>
    public static IEnumerable<SimulatedAsin> Simulate(MarketScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        scenario.Validate();
        return Iterate(scenario);

        static IEnumerable<SimulatedAsin> Iterate(MarketScenario scenario)
        {
            var categories = new CategoryMarket?[Math.Min(scenario.Categories, scenario.Asins)];
            for (int i = 0; i < scenario.Asins; i++)
            {
                int c = CategoryOf(scenario, i);
                var category = categories[c] ??= new CategoryMarket(scenario, c);
                yield return new AsinSimulator(scenario, i, category).Simulate();
            }
        }
    }

    /// <summary>The category index of ASIN <paramref name="index"/>.</summary>
    public static int CategoryOf(MarketScenario scenario, int index)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return index % scenario.Categories;
    }

    /// <summary>The ASIN id of index <paramref name="index"/>: "S" and nine digits, e.g. "S000000042".</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside [0, 999,999,999].</exception>
    public static string AsinId(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, 999_999_999);
        return "S" + index.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void CheckIndex(MarketScenario scenario, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, scenario.Asins);
    }
}
