using System.Reflection;
using ActorCluster.Analytics.Calendar;
using ActorCluster.Analytics.Cleaning;
using ActorCluster.Analytics.Features;
using ActorCluster.Analytics.Tests.Cleaning;

namespace ActorCluster.Analytics.Tests.Features;

public class FeatureEngineTests
{
    private static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static List<FeatureInput> RandomInputs(int seed, int n)
    {
        var rng = new Random(seed);
        var units = Naive.Series(rng, n, level: 40, spread: 30, missing: 0.05);
        var list = new List<FeatureInput>(n);
        for (int t = 0; t < n; t++)
        {
            double u = rng.NextDouble() < 0.02 ? -5 : units[t];
            double p = rng.NextDouble() switch { < 0.04 => double.NaN, < 0.05 => 0, _ => 20 + rng.Next(0, 500) / 100.0 };
            list.Add(new FeatureInput(Start.AddDays(t), u, p, rng.NextDouble() < 0.1));
        }
        return list;
    }

    /// <summary>Every feature at period t recomputed from scratch over the inputs 0..t.</summary>
    private static FeatureVector Expected(IReadOnlyList<FeatureInput> inputs, int t)
    {
        var u = inputs.Select(i => double.IsFinite(i.Units) && i.Units >= 0 ? i.Units : double.NaN).ToArray();
        var p = inputs.Select(i => double.IsFinite(i.Price) && i.Price > 0 ? i.Price : double.NaN).ToArray();
        var x = inputs[t];
        var cal = CalendarFeatures.Of(x.Period, CalendarPeriod.Day, EventCalendar.Default);
        double alpha = 2.0 / 21;
        double baseline = t == 0 ? double.NaN : Naive.Mean(Naive.Window(u, t - 1, 20));
        var trendWindow = Naive.Window(u, t, 60);
        double slope = Naive.Slope(u, t, 60), mean60 = Naive.Mean(trendWindow);
        double relative = mean60 > 0 ? slope / mean60 : double.NaN;
        int observed = u.Take(t + 1).Count(double.IsFinite);
        var stage = observed < 28 || trendWindow.Length < 2 ? LifecycleStage.Introduction
            : !(mean60 > 0) ? LifecycleStage.Decline
            : relative >= 0.005 ? LifecycleStage.Growth : relative <= -0.005 ? LifecycleStage.Decline : LifecycleStage.Maturity;
        var reference = Enumerable.Range(Math.Max(0, t - 59), Math.Min(60, t + 1)).Where(i => !inputs[i].Promotion).Select(i => u[i]);
        return new FeatureVector
        {
            Period = x.Period, Periods = t + 1, Units = u[t], Price = p[t], Promotion = x.Promotion,
            DayOfWeek = cal.DayOfWeek, Month = cal.Month, WeekOfYear = cal.WeekOfYear, HourOfDay = 0, EventMask = cal.EventMask,
            UnitsLag1 = Naive.Lag(u, t, 1), UnitsLag7 = Naive.Lag(u, t, 7), UnitsLag30 = Naive.Lag(u, t, 30), PriceLag1 = Naive.Lag(p, t, 1),
            UnitsMean7 = Naive.Mean(Naive.Window(u, t, 7)), UnitsStd7 = Naive.StdDev(Naive.Window(u, t, 7)),
            UnitsMean20 = Naive.Mean(Naive.Window(u, t, 20)), UnitsStd20 = Naive.StdDev(Naive.Window(u, t, 20)),
            UnitsMean30 = Naive.Mean(Naive.Window(u, t, 30)), UnitsStd30 = Naive.StdDev(Naive.Window(u, t, 30)),
            UnitsMean60 = Naive.Mean(Naive.Window(u, t, 60)), UnitsStd60 = Naive.StdDev(Naive.Window(u, t, 60)),
            UnitsMean250 = Naive.Mean(Naive.Window(u, t, 250)), UnitsStd250 = Naive.StdDev(Naive.Window(u, t, 250)),
            PriceMean7 = Naive.Mean(Naive.Window(p, t, 7)), PriceStd7 = Naive.StdDev(Naive.Window(p, t, 7)),
            PriceMean30 = Naive.Mean(Naive.Window(p, t, 30)), PriceStd30 = Naive.StdDev(Naive.Window(p, t, 30)),
            UnitsEwma = Naive.Ewma(u, t, alpha), PriceEwma = Naive.Ewma(p, t, alpha),
            UnitsRsi = Naive.Rsi(u, t, 14), PriceRsi = Naive.Rsi(p, t, 14),
            VolumeRatio = baseline > 0 ? u[t] / baseline : double.NaN,
            PricePromotion = x.Promotion ? p[t] : 0,
            Lifecycle = stage, TrendSlope = slope, RelativeTrend = relative,
            UnitsOutlier = new NaiveOutliers(reference).Classify(u[t], x.Promotion),
        };
    }

    private static void AssertSame(FeatureVector expected, FeatureVector actual, string where, double relative = 1e-7)
    {
        foreach (var property in typeof(FeatureVector).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            object? e = property.GetValue(expected), a = property.GetValue(actual);
            if (e is double de) Naive.AssertClose(de, (double)a!, $"{where} {property.Name}", relative, 1e-7);
            else Assert.True(Equals(e, a), $"{where} {property.Name}: expected {e}, got {a}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Every_feature_matches_a_naive_recomputation(int seed)
    {
        var inputs = RandomInputs(seed, 420);
        var engine = new FeatureEngine();
        for (int t = 0; t < inputs.Count; t++)
        {
            engine.Push(inputs[t], out var features);
            if (t % 7 == 0 || t > 380) AssertSame(Expected(inputs, t), features, $"t={t}");
        }
    }

    [Fact]
    public void Rebuild_after_a_correction_in_the_middle_matches_the_recomputation()
    {
        var inputs = RandomInputs(7, 400);
        var engine = new FeatureEngine();
        foreach (var x in inputs) engine.Push(x, out _);
        inputs[200] = inputs[200] with { Units = 5000 };
        inputs[390] = inputs[390] with { Price = 99 };
        engine.Rebuild(inputs.ToArray());
        AssertSame(Expected(inputs, inputs.Count - 1), engine.Current, "corrected");
    }

    [Fact]
    public void A_late_observation_filling_a_gap_is_applied_by_rebuilding()
    {
        var inputs = RandomInputs(8, 300);
        inputs[295] = inputs[295] with { Units = double.NaN, Price = double.NaN };
        var engine = new FeatureEngine();
        foreach (var x in inputs) engine.Push(x, out _);
        inputs[295] = inputs[295] with { Units = 61, Price = 22.5 };
        engine.Rebuild(inputs.ToArray());
        AssertSame(Expected(inputs, inputs.Count - 1), engine.Current, "late");
    }

    [Fact]
    public void Rebuilding_from_the_last_400_periods_reproduces_the_live_features()
    {
        var inputs = RandomInputs(9, 1500);
        var live = new FeatureEngine();
        foreach (var x in inputs) live.Push(x, out _);
        var rebuilt = new FeatureEngine();
        rebuilt.Rebuild(inputs.ToArray().AsSpan(inputs.Count - 400));
        var expected = live.Current with { Periods = 400 };
        AssertSame(expected, rebuilt.Current, "activation", 1e-9);
    }

    [Fact]
    public void Bad_input_never_throws_and_is_treated_as_missing()
    {
        var engine = new FeatureEngine();
        double[] bad = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -1, double.MaxValue, 0];
        for (int i = 0; i < 300; i++)
        {
            var features = engine.Push(new FeatureInput(Start.AddDays(i), bad[i % bad.Length], bad[(i + 1) % bad.Length], i % 2 == 0));
            Assert.True(double.IsNaN(features.Units) || features.Units >= 0);
            Assert.True(double.IsNaN(features.Price) || features.Price > 0);
        }
        Assert.Equal(300, engine.Periods);
        engine.Push(new FeatureInput(default, double.NaN, double.NaN, false));
        engine.Push(new FeatureInput(DateTime.MaxValue, 1, 1, false));
    }

    [Fact]
    public void Volume_ratio_uses_the_previous_20_periods_and_is_NaN_on_a_zero_baseline()
    {
        var engine = new FeatureEngine();
        for (int i = 0; i < 20; i++) engine.Push(new FeatureInput(Start.AddDays(i), 10, 5, false), out _);
        Assert.Equal(3.0, engine.Push(new FeatureInput(Start.AddDays(20), 30, 5, false)).VolumeRatio, 12);
        var zeros = new FeatureEngine();
        for (int i = 0; i < 21; i++) zeros.Push(new FeatureInput(Start.AddDays(i), 0, 5, false), out _);
        Assert.True(double.IsNaN(zeros.Current.VolumeRatio));
    }

    [Fact]
    public void Calendar_and_interaction_features_are_filled()
    {
        var engine = new FeatureEngine();
        var f = engine.Push(new FeatureInput(new DateTime(2025, 11, 28, 0, 0, 0, DateTimeKind.Utc), 10, 19.99, true));
        Assert.Equal(5, f.DayOfWeek);
        Assert.Equal(11, f.Month);
        Assert.Equal(48, f.WeekOfYear);
        Assert.Equal(EventCalendar.Default.BitOf(AmazonEvents.BlackFriday), f.EventMask);
        Assert.Equal(19.99, f.PricePromotion);
        Assert.Equal(0.0, engine.Push(new FeatureInput(new DateTime(2025, 11, 29), 10, 19.99, false)).PricePromotion);
    }

    [Fact]
    public void Push_does_not_allocate()
    {
        var inputs = RandomInputs(10, 2000).ToArray();
        var engine = new FeatureEngine();
        // Each calendar year's event table is built once, on its first lookup: warm them all first.
        for (int year = 2024; year <= 2030; year++) EventCalendar.Default.Mask(new DateOnly(year, 1, 1));
        for (int i = 0; i < 1000; i++) engine.Push(inputs[i], out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1000; i < inputs.Length; i++) engine.Push(inputs[i], out _);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Invalid_options_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new FeatureEngine(new FeatureEngineOptions { EwmaSpan = 0 }));
        Assert.Throws<ArgumentException>(() => new FeatureEngine(new FeatureEngineOptions { OutlierWindow = 1 }));
        Assert.Throws<ArgumentException>(() => new FeatureEngine(new FeatureEngineOptions { LifecycleGrowthThreshold = -1 }));
    }
}
