using ActorCluster.Analytics.Simulation;
using Xunit.Abstractions;

namespace ActorCluster.Analytics.Tests.Simulation;

/// <summary>Fits the demand drivers back from the simulated units and compares them with the truth.</summary>
public sealed class DemandRealismTests(ITestOutputHelper output)
{
    // Busy sellers in maturity, two years: enough data for tight tolerances.
    private static readonly MarketScenario Busy = new()
    {
        Asins = 12,
        Days = 728,
        Seed = 21,
        IntermittentShare = 0,
        Demand = new DemandRanges { BaseDemand = new(150, 400), Dispersion = new(20, 60), AgeAtStart = new(300, 400), MaturityDays = new(800, 900) },
    };

    [Fact]
    public void Day_of_week_ratios_to_the_weekly_moving_average_match_the_profile()
    {
        // Classical multiplicative decomposition: units over their centred 7-day mean, averaged per weekday,
        // on weeks without promotions, holidays, stock-outs or anomalies.
        var errors = new List<double>();
        foreach (var (simulator, series) in SimulationFit.All(Busy))
        {
            var clean = SimulationFit.CleanDays(simulator, series);
            var ratios = Enumerable.Range(0, 7).Select(_ => new List<double>()).ToArray();
            for (int t = 3; t < clean.Length - 3; t++)
            {
                if (!Enumerable.Range(t - 3, 7).All(s => clean[s])) continue;
                double week = Enumerable.Range(t - 3, 7).Average(s => series.Days[s].Units);
                ratios[(int)series.Days[t].Day.DayOfWeek].Add(series.Days[t].Units / week);
            }
            if (ratios.Any(r => r.Count < 20)) continue;   // too few clean weeks to judge
            for (int d = 0; d < 7; d++) errors.Add(ratios[d].Average() - series.Truth.WeeklyProfile[d]);
        }
        double mean = errors.Average(Math.Abs), worst = errors.Max(Math.Abs);
        output.WriteLine($"day-of-week ratio error: mean {mean:F3}, largest {worst:F3} over {errors.Count} weekdays");
        Assert.True(mean < 0.03, $"mean error {mean:F3}");
        Assert.True(worst < 0.1, $"largest error {worst:F3}");
    }

    [Fact]
    public void Promotions_lift_units_and_pull_them_forward_from_the_days_around()
    {
        var scenario = Busy with
        {
            Asins = 20,
            Price = new PriceRanges { Elasticity = ParameterRange.Fixed(-1.5) },
            Promotion = new PromotionRanges
            {
                PerYear = ParameterRange.Fixed(6), Discount = ParameterRange.Fixed(0.2), Uplift = ParameterRange.Fixed(1.5),
                DipBefore = ParameterRange.Fixed(0.2), DaysBefore = ParameterRange.Fixed(5), DipAfter = ParameterRange.Fixed(0.3), DaysAfter = ParameterRange.Fixed(10),
            },
        };
        var before = new List<double>();
        var during = new List<double>();
        var after = new List<double>();
        foreach (var (simulator, series) in SimulationFit.All(scenario))
        {
            var clean = SimulationFit.CleanDays(simulator, series);
            var days = series.Days;
            foreach (var (first, last) in SimulationFit.Runs(days.Select(d => d.Promotion).ToArray()))
            {
                // Baseline: the clean days of the two weeks before the dip and after the recovery.
                var baseline = Enumerable.Range(first - 19, 14).Concat(Enumerable.Range(last + 11, 14))
                    .Where(t => t >= 0 && t < days.Count && clean[t]).Select(t => days[t].Units).ToList();
                var window = Enumerable.Range(first - 5, last - first + 16);
                if (baseline.Count < 14 || first < 5 || last + 10 >= days.Count) continue;
                if (window.Any(t => days[t].Missing || !days[t].InStock || series.Labels.Any(l => l.Covers(days[t].Day))
                    || ActorCluster.Analytics.Calendar.EventCalendar.Default.IsEvent(DateOnly.FromDateTime(days[t].Day)))) continue;
                double level = baseline.Average();
                before.Add(Enumerable.Range(first - 5, 5).Average(t => days[t].Units) / level);
                during.Add(Enumerable.Range(first, last - first + 1).Average(t => days[t].Units) / level);
                after.Add(Enumerable.Range(last + 1, 10).Average(t => days[t].Units) / level);
            }
        }
        // Expected: 1 − 0.2 before; 1.5 × 0.8^−1.5 ≈ 2.10 during; 1 − 0.3 × mean(1, 0.9, …, 0.1) = 0.835 after.
        output.WriteLine($"{before.Count} promotions: before {before.Average():F3}, during {during.Average():F3}, after {after.Average():F3}");
        Assert.True(before.Count >= 30, $"only {before.Count} clean promotions");
        Assert.InRange(before.Average(), 0.75, 0.85);
        Assert.InRange(during.Average(), 1.9, 2.3);
        Assert.InRange(after.Average(), 0.785, 0.885);
    }

    [Fact]
    public void Life_cycle_rises_in_growth_and_falls_in_decline_at_its_half_life()
    {
        var scenario = Busy with
        {
            Asins = 40,
            Demand = Busy.Demand with
            {
                AgeAtStart = new(0, 60), IntroductionDays = new(14, 30), GrowthDays = new(60, 120),
                MaturityDays = new(60, 200), DeclineHalfLife = new(60, 150),
            },
            Category = new CategoryRanges { YearlyAmplitude = ParameterRange.Fixed(0), NewEntrantsPerYear = ParameterRange.Fixed(0) },
        };
        int growing = 0, declining = 0;
        var halfLifeErrors = new List<double>();
        foreach (var (_, series) in SimulationFit.All(scenario))
        {
            var phases = series.Truth.LifeCycle;
            if (phases.MaturityStart - Math.Max(0, phases.GrowthStart) >= 42)
            {
                double slope = WeeklyLogSlope(series, Math.Max(0, phases.GrowthStart), phases.MaturityStart);
                Assert.True(slope > 0, $"{series.Asin} growth slope {slope:F4}");
                growing++;
            }
            if (series.Days.Count - phases.DeclineStart >= 120)
            {
                double slope = WeeklyLogSlope(series, phases.DeclineStart, series.Days.Count);
                Assert.True(slope < 0, $"{series.Asin} decline slope {slope:F4}");
                halfLifeErrors.Add(-Math.Log(2) / slope / phases.DeclineHalfLife - 1);
                declining++;
            }
        }
        output.WriteLine($"{growing} growth and {declining} decline phases; half-life relative error mean {halfLifeErrors.Average(Math.Abs):F3}, largest {halfLifeErrors.Max(Math.Abs):F3}");
        Assert.True(growing >= 10 && declining >= 10, $"{growing} growth, {declining} decline phases");
        Assert.True(halfLifeErrors.Average(Math.Abs) < 0.2, "decline half-life not recovered");
    }

    // Least-squares slope per day of the log of weekly mean units (in stock, reported, no labelled anomaly).
    private static double WeeklyLogSlope(SimulatedAsin series, int from, int to)
    {
        var x = new List<double>();
        var y = new List<double>();
        for (int week = from; week + 7 <= to; week += 7)
        {
            var days = Enumerable.Range(week, 7).Select(t => series.Days[t])
                .Where(d => !d.Missing && d.InStock && !series.Labels.Any(l => l.Covers(d.Day))).ToList();
            if (days.Count < 4 || days.Average(d => d.Units) <= 0) continue;
            x.Add(week + 3);
            y.Add(Math.Log(days.Average(d => d.Units)));
        }
        return SimulationFit.Line(x, y).Slope;
    }

    [Fact]
    public void Regressing_log_units_on_log_price_recovers_the_elasticity()
    {
        // Little count noise and an active repricer, so a year of week-over-week changes pins the slope down.
        var scenario = Busy with
        {
            Demand = Busy.Demand with { BaseDemand = new(300, 600), Dispersion = new(100, 200) },
            Price = new PriceRanges { RepricePeriodDays = new(1, 2), RepriceJitter = new(0.06, 0.1) },
        };
        var errors = new List<double>();
        foreach (var (simulator, series) in SimulationFit.All(scenario))
        {
            // Week-over-week changes on clean days: the slow drivers and the weekly profile cancel.
            var clean = SimulationFit.CleanDays(simulator, series);
            var x = new List<double>();
            var y = new List<double>();
            for (int t = 7; t < clean.Length; t++)
            {
                var (now, then) = (series.Days[t], series.Days[t - 7]);
                if (!clean[t] || !clean[t - 7] || now.Units <= 0 || then.Units <= 0) continue;
                x.Add(Math.Log(now.Price / then.Price));
                y.Add(Math.Log(now.Units / then.Units));
            }
            if (x.Count < 150) continue;   // too few clean weeks
            double slope = SimulationFit.Line(x, y).Slope;
            errors.Add(slope - series.Truth.Elasticity);
            output.WriteLine($"{series.Asin}: elasticity {series.Truth.Elasticity:F2}, fitted {slope:F2} on {x.Count} pairs");
        }
        Assert.True(errors.Count >= 8, $"only {errors.Count} ASINs with enough clean weeks");
        Assert.True(errors.Average(Math.Abs) < 0.15, $"mean error {errors.Average(Math.Abs):F3}");
        Assert.All(errors, e => Assert.InRange(e, -0.35, 0.35));
    }

    [Fact]
    public void Count_noise_is_negative_binomial_with_the_configured_dispersion()
    {
        var ratios = new List<double>();
        foreach (var (simulator, series) in SimulationFit.All(Busy))
        {
            // Method of moments given the mean: E[(y − μ)² − μ] = μ²/r.
            var clean = SimulationFit.CleanDays(simulator, series);
            double excess = 0, squares = 0, varianceOverMean = 0;
            int n = 0;
            for (int t = 0; t < clean.Length; t++)
            {
                if (!clean[t]) continue;
                double mu = simulator.ExpectedUnits(t), y = series.Days[t].Units;
                excess += (y - mu) * (y - mu) - mu;
                squares += mu * mu;
                varianceOverMean += (y - mu) * (y - mu) / mu;
                n++;
            }
            Assert.True(varianceOverMean / n > 1.5, $"{series.Asin}: variance/mean {varianceOverMean / n:F2}");
            ratios.Add(squares / excess / series.Truth.Dispersion);
        }
        output.WriteLine($"fitted/true dispersion: {string.Join(" ", ratios.Select(r => r.ToString("F2")))}");
        Assert.All(ratios, r => Assert.InRange(r, 0.7, 1.4));
    }

    [Fact]
    public void Intermittent_sellers_sell_less_than_one_a_day_with_many_zero_days()
    {
        var scenario = new MarketScenario { Asins = 30, Days = 365, IntermittentShare = 1, Seed = 5 };
        foreach (var series in MarketSimulator.Simulate(scenario))
        {
            var units = series.Days.Where(d => !d.Missing).Select(d => d.Units).ToList();
            double zeros = units.Count(u => u == 0) / (double)units.Count;
            Assert.True(series.Truth.Intermittent);
            Assert.True(units.Average() < 1, $"{series.Asin} sells {units.Average():F2} a day");
            Assert.True(zeros > 0.4, $"{series.Asin} has {zeros:P0} zero days");
        }
        var regular = MarketSimulator.Simulate(scenario with { IntermittentShare = 0 }).ToList();
        Assert.All(regular, s => Assert.False(s.Truth.Intermittent));
    }
}
