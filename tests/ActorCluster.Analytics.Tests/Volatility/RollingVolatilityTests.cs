using ActorCluster.Analytics.Volatility;

namespace ActorCluster.Analytics.Tests.Volatility;

public class RollingVolatilityTests
{
    [Theory]
    [InlineData(1, LogChangeKind.LogRatio)]
    [InlineData(2, LogChangeKind.LogRatio)]
    [InlineData(3, LogChangeKind.Log1p)]
    public void Every_window_equals_a_naive_recomputation(int seed, LogChangeKind kind)
    {
        var levels = RandomLevels(seed, 1200, kind);
        var layer = new RollingVolatility(kind);
        var changes = new List<double>();
        double previous = double.NaN;
        foreach (var level in levels)
        {
            Assert.NotEqual(PushStatus.OutOfDomain, layer.TryPush(level, out double change));
            if (!double.IsNaN(previous)) changes.Add(LogChange.Between(previous, level, kind));
            previous = level;
            foreach (var h in new[] { VolatilityHorizon.Short, VolatilityHorizon.Medium, VolatilityHorizon.Long })
            {
                double expected = NaiveStdDev(changes, layer.WindowLength(h));
                double actual = layer.StdDev(h);
                if (double.IsNaN(expected)) Assert.True(double.IsNaN(actual));
                else Assert.Equal(expected, actual, 1e-12 + 1e-9 * expected);
            }
        }
    }

    [Fact]
    public void A_huge_outlier_leaving_the_window_leaves_no_residue()
    {
        var layer = new RollingVolatility(LogChangeKind.LogRatio, 5, 10, 250); // no recomputation before t = 250
        var changes = new List<double>();
        double level = 100;
        layer.TryPush(level, out _);
        var rng = new Random(7);
        for (int t = 0; t < 200; t++)
        {
            double r = t == 30 ? 40 : 1e-6 * (rng.NextDouble() - 0.5);
            level *= Math.Exp(r);
            layer.TryPush(level, out double change);
            changes.Add(change);
            if (t >= 35)
            {
                double expected = NaiveStdDev(changes, 5);
                Assert.Equal(expected, layer.StdDev(VolatilityHorizon.Short), 1e-6 * expected);
            }
        }
    }

    [Fact]
    public void A_window_that_became_constant_has_exactly_zero_volatility()
    {
        var layer = new RollingVolatility(LogChangeKind.Log1p, 5, 10, 250);
        foreach (var units in new double[] { 0, 7, 0, 300, 2, 0, 0, 0, 0, 0, 0 }) layer.TryPush(units, out _);
        Assert.Equal(0.0, layer.StdDev(VolatilityHorizon.Short));
    }

    [Fact]
    public void Zero_units_are_valid_with_log1p_and_rejected_as_prices()
    {
        var units = new RollingVolatility(LogChangeKind.Log1p);
        Assert.Equal(PushStatus.FirstLevel, units.TryPush(0, out _));
        Assert.Equal(PushStatus.Accepted, units.TryPush(1, out double change));
        Assert.Equal(Math.Log(2), change, 1e-15);

        var price = new RollingVolatility(LogChangeKind.LogRatio);
        Assert.Equal(PushStatus.OutOfDomain, price.TryPush(0, out _));
        Assert.Equal(PushStatus.OutOfDomain, price.TryPush(-3, out _));
        Assert.True(double.IsNaN(price.LastLevel));
    }

    [Fact]
    public void Bad_levels_are_rejected_and_leave_state_unchanged()
    {
        var layer = new RollingVolatility();
        Assert.True(double.IsNaN(layer.StdDev(VolatilityHorizon.Short)));
        Assert.Equal(PushStatus.NotFinite, layer.TryPush(double.NaN, out _));
        Assert.Equal(PushStatus.NotFinite, layer.TryPush(double.PositiveInfinity, out _));
        layer.TryPush(10, out _);
        layer.TryPush(11, out _);
        Assert.True(double.IsNaN(layer.StdDev(VolatilityHorizon.Short))); // one change only
        for (int i = 0; i < 30; i++) layer.TryPush(11, out _);
        Assert.Equal(PushStatus.NotFinite, layer.TryPush(double.NaN, out double c));
        Assert.True(double.IsNaN(c));
        Assert.Equal(31, layer.Count);
        Assert.Equal(0, layer.StdDev(VolatilityHorizon.Short)); // constant level: zero volatility
    }

    [Fact]
    public void Exported_window_rebuilds_an_identical_layer()
    {
        var levels = RandomLevels(11, 400, LogChangeKind.LogRatio);
        var layer = new RollingVolatility();
        foreach (var l in levels) layer.TryPush(l, out _);
        var state = layer.ExportState();
        Assert.Equal(250, state.Changes.Length);
        var copy = RollingVolatility.FromState(state);
        copy.TryPush(levels[^1] * 1.01, out _);
        layer.TryPush(levels[^1] * 1.01, out _);
        foreach (var h in new[] { VolatilityHorizon.Short, VolatilityHorizon.Medium, VolatilityHorizon.Long })
            Assert.Equal(layer.StdDev(h), copy.StdDev(h), 1e-14);
        Assert.Equal(layer.Count, copy.Count);
    }

    internal static double[] RandomLevels(int seed, int n, LogChangeKind kind)
    {
        var rng = new Random(seed);
        var levels = new double[n];
        double level = kind == LogChangeKind.Log1p ? 3 : 25;
        for (int i = 0; i < n; i++)
        {
            level = kind == LogChangeKind.Log1p
                ? rng.Next(0, 4) == 0 ? 0 : rng.Next(0, 12) // intermittent counts
                : level * Math.Exp(0.03 * Gaussian(rng));
            levels[i] = level;
        }
        return levels;
    }

    internal static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private static double NaiveStdDev(List<double> changes, int window)
    {
        int n = Math.Min(window, changes.Count);
        if (n < 2) return double.NaN;
        var w = changes.Skip(changes.Count - n).ToArray();
        double mean = w.Average();
        return Math.Sqrt(w.Sum(v => (v - mean) * (v - mean)) / (n - 1));
    }
}
