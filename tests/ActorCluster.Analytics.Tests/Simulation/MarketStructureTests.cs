using ActorCluster.Analytics.Simulation;
using Xunit.Abstractions;

namespace ActorCluster.Analytics.Tests.Simulation;

/// <summary>Sales rank, categories, competitors, holidays, stock-outs and reviews.</summary>
public sealed class MarketStructureTests(ITestOutputHelper output)
{
    private static readonly MarketScenario Market = new() { Asins = 40, Categories = 4, Days = 365, Seed = 3 };

    [Fact]
    public void Log_rank_against_log_units_has_the_category_power_law_slope()
    {
        var slopeErrors = new List<double>();
        foreach (var series in MarketSimulator.Simulate(Market))
        {
            var days = series.Days.Where(d => !d.Missing && d.InStock && d.Units >= 1).ToList();
            if (days.Count < 100 || days.Max(d => d.Units) < 4 * days.Min(d => d.Units)) continue;
            var (intercept, slope) = SimulationFit.Line(days.Select(d => Math.Log(d.Units)).ToList(), days.Select(d => Math.Log(d.SalesRank)).ToList());
            slopeErrors.Add(slope + series.Truth.RankExponent);
            Assert.InRange(slope, -series.Truth.RankExponent - 0.05, -series.Truth.RankExponent + 0.05);
            Assert.InRange(intercept, Math.Log(series.Truth.RankScale) - 0.2, Math.Log(series.Truth.RankScale) + 0.2);
        }
        output.WriteLine($"{slopeErrors.Count} ASINs, slope error mean {slopeErrors.Average(Math.Abs):F4}, largest {slopeErrors.Max(Math.Abs):F4}");
        Assert.True(slopeErrors.Count >= 20);
    }

    [Fact]
    public void Selling_more_than_the_category_best_seller_ranks_first()
    {
        var scenario = Market with
        {
            Asins = 4,
            IntermittentShare = 0,
            Demand = new DemandRanges { BaseDemand = new(400, 500), AgeAtStart = new(300, 300), MaturityDays = new(600, 600) },
            Category = new CategoryRanges { TopSellerUnits = ParameterRange.Fixed(100), RankNoise = ParameterRange.Fixed(0.05) },
        };
        foreach (var series in MarketSimulator.Simulate(scenario))
        {
            var ranked = series.Days.Where(d => !d.Missing).ToList();
            Assert.All(ranked, d => Assert.True(d.SalesRank >= 1));
            Assert.All(ranked.Where(d => d.Units >= 150), d => Assert.Equal(1, d.SalesRank));
        }
    }

    [Fact]
    public void Asins_of_a_category_share_its_season_and_rank_law()
    {
        var truths = Enumerable.Range(0, Market.Asins).Select(i => MarketSimulator.Asin(Market, i).Truth).ToList();
        foreach (var group in truths.GroupBy(t => t.CategoryIndex))
        {
            Assert.Single(group.Select(t => (t.RankScale, t.RankExponent, t.RankNoise, t.YearlyAmplitude, t.YearlyPeakDay)).Distinct());
        }
        Assert.Equal(Market.Categories, truths.Select(t => t.RankScale).Distinct().Count());
    }

    [Fact]
    public void A_price_war_cuts_every_competitor_price_of_its_category()
    {
        var scenario = Market with
        {
            Category = new CategoryRanges { PriceWarsPerYear = ParameterRange.Fixed(3), PriceWarDepth = ParameterRange.Fixed(0.25) },
            Price = new PriceRanges { CompetitorMovesPerYear = ParameterRange.Fixed(0) },
        };
        int wars = 0;
        foreach (var series in MarketSimulator.Simulate(scenario))
        {
            var category = MarketSimulator.Category(scenario, series.Truth.CategoryIndex);
            var warDays = category.Events.Where(e => e.Kind == CategoryEventKind.PriceWar)
                .SelectMany(e => Enumerable.Range(0, (e.End - e.Start).Days + 1).Select(d => e.Start.AddDays(d))).ToHashSet();
            wars += category.Events.Count(e => e.Kind == CategoryEventKind.PriceWar);
            double reference = series.Truth.CompetitorReferencePrice;
            foreach (var day in series.Days.Where(d => !d.Missing))
            {
                if (!warDays.Contains(day.Day)) Assert.Equal(reference, day.CompetitorPrice);
                else Assert.InRange(day.CompetitorPrice, Math.Round(reference * 0.75, 2), reference - 0.01);
            }
            Assert.Contains(series.Days, d => !d.Missing && d.CompetitorPrice == Math.Round(reference * 0.75, 2));
        }
        Assert.True(wars > 0);
    }

    [Fact]
    public void A_new_entrant_takes_its_share_from_every_asin_of_the_category()
    {
        // Every range draw consumes one number, so the two markets differ only in the entrants' share loss.
        var without = Market with { Category = new CategoryRanges { NewEntrantsPerYear = ParameterRange.Fixed(2), NewEntrantShareLoss = ParameterRange.Fixed(0) } };
        var with = without with { Category = without.Category with { NewEntrantShareLoss = ParameterRange.Fixed(0.3) } };
        for (int i = 0; i < 8; i++)
        {
            var (a, b) = (MarketSimulator.Asin(without, i), MarketSimulator.Asin(with, i));
            var entrants = b.Market.Events.Where(e => e.Kind == CategoryEventKind.NewEntrant).ToList();
            Assert.NotEmpty(entrants);
            int first = (entrants[0].Start - with.Start).Days, full = (entrants[0].End - with.Start).Days;
            for (int t = 0; t < with.Days; t++)
            {
                if (a.ExpectedUnits(t) == 0) continue;   // out of stock in both
                double ratio = b.ExpectedUnits(t) / a.ExpectedUnits(t);
                Assert.Equal(b.Market.Share(t), ratio, 9);
                if (t < first) Assert.Equal(1, ratio, 9);
                if (t >= full) Assert.True(ratio <= 0.7 + 1e-9);
            }
        }
    }

    [Fact]
    public void Holidays_lift_demand_by_the_sensitivity()
    {
        var scenario = Market with
        {
            Asins = 60,
            Start = new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc),
            Demand = new DemandRanges { HolidaySensitivity = ParameterRange.Fixed(1), StockOutsPerYear = ParameterRange.Fixed(0) },
            Price = new PriceRanges { RepriceJitter = ParameterRange.Fixed(0), ListPriceChangesPerYear = ParameterRange.Fixed(0), CompetitorMovesPerYear = ParameterRange.Fixed(0) },
            Category = new CategoryRanges { PriceWarsPerYear = ParameterRange.Fixed(0), NewEntrantsPerYear = ParameterRange.Fixed(0) },
            AnomalyRate = 0,
        };
        var all = SimulationFit.All(scenario);
        // Prime Day 2024: Jul 16–17; Black Friday: Nov 29; Christmas Day: Dec 25 (compared with Dec 4, before the run-up).
        foreach (var (date, weeks, expected) in new[] { (new DateTime(2024, 7, 16), 1, 3.5), (new DateTime(2024, 11, 29), 1, 3.0), (new DateTime(2024, 12, 25), 3, 0.6) })
        {
            int t = (date - scenario.Start).Days, s = t - 7 * weeks;
            double on = 0, before = 0, expectedOn = 0, expectedBefore = 0;
            foreach (var (simulator, series) in all.Where(a => !a.Simulator.NearPromotion(t) && !a.Simulator.NearPromotion(s)))
            {
                if (simulator.ExpectedUnits(s) == 0 || simulator.ExpectedUnits(t) == 0) continue;   // out of stock
                // With prices, competitors and shares held fixed, only the life cycle and the season move besides the holiday.
                var (phases, market) = (series.Truth.LifeCycle, simulator.Market);
                double slow = phases.Level(t) / phases.Level(s) * market.Yearly(series.Days[t].Day.DayOfYear) / market.Yearly(series.Days[s].Day.DayOfYear);
                Assert.Equal(expected, simulator.ExpectedUnits(t) / simulator.ExpectedUnits(s) / slow, 9);
                (on, before) = (on + series.Days[t].Units, before + series.Days[s].Units);
                (expectedOn, expectedBefore) = (expectedOn + simulator.ExpectedUnits(t), expectedBefore + simulator.ExpectedUnits(s));
            }
            double observed = on / before / (expectedOn / expectedBefore);
            output.WriteLine($"{date:yyyy-MM-dd}: factor {expected}; observed units ratio / expected ratio {observed:F3}");
            Assert.InRange(observed, 0.8, 1.2);
        }
    }

    [Fact]
    public void Stock_outs_sell_nothing_for_a_few_days_and_sink_the_rank()
    {
        var scenario = Market with { Demand = new DemandRanges { StockOutsPerYear = ParameterRange.Fixed(4), StockOutDays = new(2, 10) } };
        int runs = 0;
        foreach (var series in MarketSimulator.Simulate(scenario))
        {
            var days = series.Days;
            Assert.All(days.Where(d => !d.InStock && !d.Missing), d => Assert.Equal(0, d.Units));
            var inStock = days.Where(d => d.InStock && !d.Missing).ToList();
            double medianRank = inStock.Select(d => (double)d.SalesRank).Order().ElementAt(inStock.Count / 2);
            bool sells = inStock.Select(d => d.Units).Order().ElementAt(inStock.Count / 2) >= 2;
            foreach (var (first, last) in SimulationFit.Runs([.. days.Select(d => !d.InStock)]))
            {
                if (first == 0 || last == days.Count - 1) continue;   // clipped by the window
                Assert.InRange(last - first + 1, 2, 10);
                if (sells) Assert.True(days[first].Missing || days[first].SalesRank > medianRank);
                runs++;
            }
        }
        output.WriteLine($"{runs} stock-outs");
        Assert.True(runs >= 60);
    }

    [Fact]
    public void Reviews_accumulate_with_sales_and_the_rating_tends_to_the_true_one()
    {
        double units = 0, added = 0, expected = 0;
        foreach (var series in MarketSimulator.Simulate(Market))
        {
            var days = series.Days;
            for (int t = 1; t < days.Count; t++) Assert.True(days[t].Reviews >= days[t - 1].Reviews);
            Assert.All(days, d => Assert.True(d.Reviews == 0 ? d.Rating == 0 : d.Rating is >= 1 and <= 5));
            if (days[^1].Reviews >= 200) Assert.InRange(days[^1].Rating, series.Truth.TrueRating - 0.3, series.Truth.TrueRating + 0.3);
            double sold = days.Skip(1).Where(d => !d.Missing).Sum(d => d.Units);
            units += sold;
            added += days[^1].Reviews - days[0].Reviews;
            expected += sold * series.Truth.ReviewsPerUnit;
        }
        output.WriteLine($"{added} new reviews for {units} units, expected {expected:F0}");
        Assert.InRange(added / expected, 0.9, 1.1);
    }
}
