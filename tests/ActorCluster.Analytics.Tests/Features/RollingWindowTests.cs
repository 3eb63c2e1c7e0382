using ActorCluster.Analytics.Features;

namespace ActorCluster.Analytics.Tests.Features;

public class RollingWindowTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 2)]
    [InlineData(30, 3)]
    [InlineData(250, 4)]
    public void Statistics_match_a_naive_recomputation_at_every_step(int length, int seed)
    {
        var rng = new Random(seed);
        var x = Naive.Series(rng, 3 * length + 200);
        var window = new RollingWindow(length);
        for (int t = 0; t < x.Length; t++)
        {
            window.Push(x[t]);
            var w = Naive.Window(x, t, length);
            Assert.Equal(w.Length, window.ValidCount);
            Naive.AssertClose(Naive.Mean(w), window.Mean, $"mean t={t}");
            Naive.AssertClose(Naive.StdDev(w), window.StandardDeviation, $"sd t={t}", 1e-7, 1e-7);
            Naive.AssertClose(Naive.Lag(x, t, Math.Min(length - 1, 3)), window.Lag(Math.Min(length - 1, 3)), $"lag t={t}");
        }
    }

    [Fact]
    public void Stays_accurate_on_a_large_offset_with_tiny_spread()
    {
        // Catastrophic-cancellation trap for sum/sum-of-squares formulas: 1e9 ± 1e-3.
        var rng = new Random(11);
        var window = new RollingWindow(20);
        var x = new List<double>();
        for (int t = 0; t < 5000; t++)
        {
            x.Add(1e9 + (rng.NextDouble() - 0.5) * 2e-3);
            window.Push(x[t]);
        }
        var w = Naive.Window(x, x.Count - 1, 20);
        Naive.AssertClose(Naive.StdDev(w), window.StandardDeviation, "sd", 1e-6);
    }

    [Fact]
    public void A_huge_value_leaving_does_not_poison_the_variance()
    {
        var window = new RollingWindow(10);
        window.Push(1e15);
        for (int i = 0; i < 25; i++) window.Push(i % 2);
        Naive.AssertClose(Naive.StdDev([0, 1, 0, 1, 0, 1, 0, 1, 0, 1]), window.StandardDeviation, "sd", 1e-12);
    }

    [Fact]
    public void Missing_values_hold_their_place_and_are_skipped()
    {
        var window = new RollingWindow(4);
        foreach (var v in new[] { 1.0, double.NaN, 3.0, double.NegativeInfinity }) window.Push(v);
        Assert.Equal(4, window.Count);
        Assert.Equal(2, window.ValidCount);
        Assert.Equal(2.0, window.Mean);
        Assert.True(double.IsNaN(window.Latest));
        Assert.Equal(3.0, window.Lag(1));
        Assert.True(double.IsNaN(window.Lag(4)));
    }

    [Fact]
    public void Empty_and_single_value_edge_cases()
    {
        var window = new RollingWindow(3);
        Assert.True(double.IsNaN(window.Mean));
        Assert.True(double.IsNaN(window.Variance));
        window.Push(5);
        Assert.Equal(5.0, window.Mean);
        Assert.True(double.IsNaN(window.Variance));
        Assert.Equal(0.0, window.PopulationVariance);
    }

    [Fact]
    public void Rebuild_from_the_exported_values_gives_the_same_state()
    {
        var rng = new Random(5);
        var live = new RollingWindow(30);
        foreach (var v in Naive.Series(rng, 500)) live.Push(v);
        var raw = new double[live.Count];
        live.CopyTo(raw);
        var rebuilt = new RollingWindow(30);
        rebuilt.Rebuild(raw);
        Naive.AssertClose(live.Mean, rebuilt.Mean, "mean", 1e-12);
        Naive.AssertClose(live.StandardDeviation, rebuilt.StandardDeviation, "sd", 1e-9);
        Assert.Equal(live.Lag(29), rebuilt.Lag(29));
    }

    [Fact]
    public void Rejects_a_length_below_one() => Assert.Throws<ArgumentOutOfRangeException>(() => new RollingWindow(0));
}
