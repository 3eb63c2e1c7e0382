using System.Diagnostics;
using ActorCluster.Analytics.Forecasting;
using ActorCluster.Analytics.Forecasting.WhatIf;
using Xunit.Abstractions;

namespace ActorCluster.Analytics.Tests.WhatIf;

public sealed class WhatIfSimulatorTests(ITestOutputHelper output)
{
    private static DemandResponse Response(double elasticity = 0, double elasticitySe = 0, double uplift = 1, double upliftLogSe = 0) => new(
        new AssumedEffect(elasticity, elasticitySe, true, "test"),
        new AssumedEffect(Math.Log(uplift), upliftLogSe, true, "test"));

    /// <summary>A forecast at level 50 with a weekly swing and a spread growing like a local-level model's.</summary>
    private static PredictiveSpread Weekly(int horizon, double level = 50, double sd = 8) => PredictiveSpread.From(Forecast.FromGaussian("test",
        [.. Enumerable.Range(0, horizon).Select(h => level * (1 + 0.2 * Math.Sin(2 * Math.PI * h / 7)))],
        [.. Enumerable.Range(0, horizon).Select(h => sd * Math.Sqrt(1 + 0.1 * h))]));

    private static WhatIfScenario Scenario(PredictiveSpread baseline, DemandResponse response, double priceChange = 0, bool[]? promo = null, long seed = 1, int paths = 2000) => new()
    {
        Baseline = baseline, ReferencePrice = 20, PriceChange = priceChange, Promotion = promo ?? [], Response = response, Paths = paths, Seed = seed,
    };

    [Fact]
    public void Percentiles_are_ordered_per_period_and_in_total_and_units_are_never_negative()
    {
        // A low level with a wide spread makes many draws negative before the floor.
        var p = WhatIfSimulator.Run(Scenario(Weekly(28, level: 3, sd: 4), Response(-1.2, 0.4, 1.6, 0.2), -0.15, [.. Enumerable.Range(0, 28).Select(h => h < 3)]));
        Assert.Equal(28, p.Horizon);
        foreach (var band in p.Units.Concat(p.Revenue).Concat(p.BaselineUnits).Append(p.TotalUnits).Append(p.TotalRevenue)
                     .Append(p.BaselineTotalUnits).Append(p.BaselineTotalRevenue).Append(p.UnitsChange).Append(p.RevenueChange))
            Assert.True(band.P10 <= band.P50 && band.P50 <= band.P90, band.ToString());
        Assert.All(p.Units, b => Assert.True(b.P10 >= 0));
        Assert.Contains(p.Units, b => b.P10 == 0);           // the floor at zero is reached, not crossed
        Assert.True(p.TotalUnits.P10 > 0);
    }

    [Fact]
    public void The_same_seed_gives_the_same_projection_and_another_seed_a_close_one()
    {
        var s = Scenario(Weekly(28), Response(-1.5, 0.3, 1.8, 0.1), -0.1, [.. Enumerable.Range(0, 28).Select(h => h is 5 or 6)]);
        var a = WhatIfSimulator.Run(s);
        var b = WhatIfSimulator.Run(s);
        Assert.Equal(a.Units, b.Units);
        Assert.Equal(a.TotalRevenue, b.TotalRevenue);
        Assert.Equal(a.RevenueChange, b.RevenueChange);
        var c = WhatIfSimulator.Run(s with { Seed = 2 });
        Assert.NotEqual(a.TotalUnits, c.TotalUnits);
        Assert.Equal(a.TotalUnits.P50, c.TotalUnits.P50, a.TotalUnits.P50 * 0.02);
    }

    [Fact]
    public void The_baseline_reproduces_the_models_point_forecast_and_80_percent_interval()
    {
        var forecast = Forecast.FromGaussian("test", [50, 50, 50], [10, 10, 10]);
        var p = WhatIfSimulator.Run(Scenario(PredictiveSpread.From(forecast), Response(), paths: 10_000));
        foreach (var band in p.BaselineUnits)
        {
            Assert.Equal(50, band.P50, 0.6);
            Assert.Equal(forecast.Lower80[0], band.P10, 0.8);
            Assert.Equal(forecast.Upper80[0], band.P90, 0.8);
        }
    }

    [Theory]
    [InlineData(-0.10, -1.5)]
    [InlineData(-0.20, -0.6)]
    [InlineData(0.15, -2.0)]
    public void A_price_change_moves_units_by_the_elasticity_and_revenue_by_the_power_one_plus_elasticity(double change, double elasticity)
    {
        var p = WhatIfSimulator.Run(Scenario(Weekly(28), Response(elasticity, 0.05), change));
        double unitsRatio = p.TotalUnits.P50 / p.BaselineTotalUnits.P50;
        double revenueRatio = p.TotalRevenue.P50 / p.BaselineTotalRevenue.P50;
        Assert.Equal(Math.Pow(1 + change, elasticity), unitsRatio, 0.03 * unitsRatio);
        Assert.Equal(Math.Pow(1 + change, 1 + elasticity), revenueRatio, 0.03 * revenueRatio);
        if (change < 0) Assert.True(p.TotalUnits.P10 > p.BaselineTotalUnits.P10 && p.UnitsChange.P10 > 0, "a cut with negative elasticity raises units on every path");
    }

    [Fact]
    public void Promotion_days_raise_units_by_the_uplift_and_the_other_days_not_at_all()
    {
        var promo = Enumerable.Range(0, 14).Select(h => h < 3).ToArray();
        var p = WhatIfSimulator.Run(Scenario(Weekly(14), Response(uplift: 1.8), promo: promo));
        for (int h = 0; h < 14; h++)
        {
            double expected = promo[h] ? 1.8 : 1.0;
            Assert.Equal(expected * p.BaselineUnits[h].P50, p.Units[h].P50, 1e-9 * p.Units[h].P50 + 1e-12);
            Assert.Equal(expected * p.BaselineUnits[h].P90, p.Units[h].P90, 1e-9 * p.Units[h].P90 + 1e-12);
        }
        Assert.True(p.UnitsChange.P10 > 0);
    }

    [Fact]
    public void Uncertain_effects_widen_the_band_of_the_change()
    {
        var sure = WhatIfSimulator.Run(Scenario(Weekly(28), Response(-1.5, 0), -0.1));
        var unsure = WhatIfSimulator.Run(Scenario(Weekly(28), Response(-1.5, 1.0), -0.1));
        Assert.True(unsure.UnitsChange.P90 - unsure.UnitsChange.P10 > 2 * (sure.UnitsChange.P90 - sure.UnitsChange.P10));
    }

    [Fact]
    public void Errors_persist_across_steps_so_the_total_is_wider_than_independent_steps_would_make_it()
    {
        var spread = Weekly(28);
        var p = WhatIfSimulator.Run(Scenario(spread, Response(), paths: 10_000));
        const double z80 = 1.2815515655446004;
        double independent = 2 * z80 * Math.Sqrt(Enumerable.Range(0, 28).Sum(h => spread.Central(h) * spread.Central(h)));
        double comonotone = 2 * z80 * Enumerable.Range(0, 28).Sum(spread.Central);
        double width = p.BaselineTotalUnits.P90 - p.BaselineTotalUnits.P10;
        output.WriteLine($"total 80% width {width:0.#}: independent {independent:0.#}, perfectly correlated {comonotone:0.#}");
        Assert.InRange(width, 1.3 * independent, comonotone);
    }

    [Fact]
    public void Bad_scenarios_are_refused_with_the_field()
    {
        var ok = Scenario(Weekly(7), Response());
        Assert.Equal("PriceChange", Assert.Throws<ArgumentException>(() => WhatIfSimulator.Run(ok with { PriceChange = -1 })).ParamName);
        Assert.Equal("Promotion", Assert.Throws<ArgumentException>(() => WhatIfSimulator.Run(ok with { Promotion = new bool[3] })).ParamName);
        Assert.Equal("Paths", Assert.Throws<ArgumentException>(() => WhatIfSimulator.Run(ok with { Paths = 0 })).ParamName);
    }

    [Fact]
    public void Two_thousand_paths_over_28_periods_take_milliseconds()
    {
        var s = Scenario(Weekly(28), Response(-1.5, 0.3, 1.8, 0.1), -0.1, [.. Enumerable.Range(0, 28).Select(h => h < 3)]);
        for (int i = 0; i < 10; i++) WhatIfSimulator.Run(s);     // JIT, and the sort's generic code
        var times = new double[7];
        for (int i = 0; i < times.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            WhatIfSimulator.Run(s with { Seed = i });
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        output.WriteLine($"N=2000, H=28: median {times[3]:0.00} ms, min {times[0]:0.00} ms, max {times[^1]:0.00} ms");
        // The target is < 20 ms (about 5 ms on an idle core); the bound only catches a lost O(N·H): tests run in parallel on shared cores.
        Assert.True(times[3] < 500, $"median {times[3]:0.0} ms");
    }
}
