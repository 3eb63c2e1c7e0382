using ActorCluster.Analytics.Simulation;

namespace ActorCluster.Grains.Simulation;

/// <summary>
/// Turns a <see cref="SimulationPlan"/> into the analytics library's market model and its days into observations.
/// A day the feed reports as missing (a gap glitch) is simply not sent; a glitched price is sent as it is, so the
/// grain's own validation and alerts meet it the way they would meet a real feed.
/// </summary>
public static class MarketFeed
{
    /// <summary>The model scenario of a plan (the plan's start date must be fixed).</summary>
    public static MarketScenario Scenario(SimulationPlan plan) => new()
    {
        Asins = plan.Asins,
        Categories = plan.Categories,
        Days = plan.Days,
        Start = DateTime.SpecifyKind((plan.StartDate ?? throw new ArgumentException("the plan's start date is not fixed")).Date, DateTimeKind.Utc),
        Seed = unchecked((long)plan.Seed),
        AnomalyRate = plan.AnomalyRate,
        Extreme = plan.Extreme,
    };

    /// <summary>Worker grains the plan uses: one per category, or one per ASIN.</summary>
    public static int WorkerCount(SimulationPlan plan) => plan.Workers == "asin" ? plan.Asins : Math.Min(plan.Categories, plan.Asins);

    /// <summary>The ASIN indices worker <paramref name="worker"/> feeds.</summary>
    public static IEnumerable<int> AsinsOf(SimulationPlan plan, int worker)
    {
        if (plan.Workers == "asin") return [worker];
        var scenario = Scenario(plan);
        return Enumerable.Range(0, plan.Asins).Where(i => MarketSimulator.CategoryOf(scenario, i) == worker);
    }

    /// <summary>True when two plans generate the same market.</summary>
    public static bool SameMarket(SimulationPlan a, SimulationPlan b) =>
        a.Asins == b.Asins && a.Categories == b.Categories && a.Days == b.Days && a.Seed == b.Seed &&
        a.AnomalyRate == b.AnomalyRate && a.Extreme == b.Extreme && a.StartDate == b.StartDate && a.Workers == b.Workers;

    public static AsinFeed For(SimulationPlan plan, int index) => new(MarketSimulator.Asin(Scenario(plan), index));

    /// <summary>The injected anomalies of the market (one ASIN, or all).</summary>
    public static AnomalyLabelView[] Labels(SimulationPlan plan, string? asin)
    {
        var scenario = Scenario(plan);
        IEnumerable<int> indices = Enumerable.Range(0, plan.Asins);
        if (asin is not null)
        {
            if (!AsinId.TryNormalize(asin, out var id, out _) || !id.StartsWith('S') || !int.TryParse(id.AsSpan(1), out var index) || index >= plan.Asins)
                return [];
            indices = [index];
        }
        return [.. indices.SelectMany(i => MarketSimulator.Asin(scenario, i).Labels)
            .Select(l => new AnomalyLabelView(l.Asin, l.Kind.ToString(), l.Start, l.End, l.Metric.ToString(), l.Magnitude))];
    }

    /// <summary>One simulated ASIN as a feed of observations.</summary>
    public sealed class AsinFeed(AsinSimulator simulator)
    {
        public string Asin => simulator.Asin;

        /// <summary>Days [<paramref name="from"/>, <paramref name="from"/> + <paramref name="days"/>) that the feed reports.</summary>
        public Observation[] Observations(int from, int days)
        {
            int end = Math.Min(simulator.Days, from + days);
            var list = new List<Observation>(Math.Max(0, end - from));
            for (int t = Math.Max(0, from); t < end; t++)
            {
                var d = simulator.Day(t);
                if (d.Missing) continue;
                list.Add(new Observation
                {
                    PeriodStart = d.Day, Units = d.Units, Price = d.Price, Currency = "USD", SalesRank = d.SalesRank > 0 ? d.SalesRank : null,
                    Category = simulator.Category, Reviews = d.Reviews, Rating = d.Rating, InStock = d.InStock, Promotion = d.Promotion,
                    CompetitorPrice = double.IsFinite(d.CompetitorPrice) ? d.CompetitorPrice : null,
                });
            }
            return [.. list];
        }
    }
}
