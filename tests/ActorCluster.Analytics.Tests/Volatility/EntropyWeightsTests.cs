using ActorCluster.Analytics.Volatility;

namespace ActorCluster.Analytics.Tests.Volatility;

public class EntropyWeightsTests
{
    [Fact]
    public void Static_method_matches_a_hand_computed_example()
    {
        // columns [1, 2, 3] and [1, 1, 4]: d = 1 - H/ln 3 = 0.07938 and 0.21030
        double[] matrix = [1, 1, 2, 1, 3, 4];
        var w = new double[2];
        Assert.True(EntropyWeightMethod.TryCompute(matrix, 3, 2, w));
        Assert.Equal(0.2740175421212808, w[0], 1e-12);
        Assert.Equal(0.7259824578787192, w[1], 1e-12);
    }

    [Fact]
    public void Static_method_rejects_bad_input_and_splits_evenly_without_information()
    {
        var w = new double[2];
        Assert.False(EntropyWeightMethod.TryCompute([1, 2], 1, 2, w));                 // one row
        Assert.False(EntropyWeightMethod.TryCompute([], 0, 2, w));                     // empty
        Assert.False(EntropyWeightMethod.TryCompute([1, double.NaN, 2, 3], 2, 2, w));
        Assert.False(EntropyWeightMethod.TryCompute([1, -1, 2, 3], 2, 2, w));
        Assert.True(EntropyWeightMethod.TryCompute([5, 5, 5, 5], 2, 2, w));           // constant
        Assert.Equal([0.5, 0.5], w);
    }

    [Fact]
    public void Rolling_weight_equals_the_static_method_on_the_window()
    {
        var rolling = new EntropyWeights(window: 20);
        var rng = new Random(3);
        var rows = new List<(double H, double R)>();
        for (int i = 0; i < 57; i++)
        {
            var row = (0.01 + 0.001 * rng.NextDouble(), 0.005 + 0.02 * rng.NextDouble());
            rows.Add(row);
            rolling.TryPush(row.Item1, row.Item2);
        }
        var matrix = rows.Skip(rows.Count - 20).SelectMany(r => new[] { r.H, r.R }).ToArray();
        var w = new double[2];
        EntropyWeightMethod.TryCompute(matrix, 20, 2, w);
        Assert.Equal(w[1], rolling.RawRecentWeight, 1e-9);
        Assert.False(rolling.TryPush(double.NaN, 1));
    }

    [Fact]
    public void Trending_series_gives_the_recent_layer_60_to_80_percent()
    {
        var t = new VolatilityThreshold(MetricKind.Price);
        var rng = new Random(8);
        for (int i = 0; i < 400; i++)
        {
            double level = 50 * Math.Exp(0.01 * i + 0.002 * RollingVolatilityTests.Gaussian(rng));
            t.TryPush(level);
            if (t.NeedsRefit) t.TryRefit();
            if (i >= 30)
            {
                Assert.Equal(MarketRegime.Trending, t.Regime);
                Assert.InRange(t.Weights.Recent, 0.6, 0.8);
            }
        }
    }

    [Fact]
    public void Choppy_series_splits_the_weight_about_evenly()
    {
        var t = new VolatilityThreshold(MetricKind.Price);
        var rng = new Random(9);
        for (int i = 0; i < 400; i++)
        {
            double level = 50 * Math.Exp((i % 2 == 0 ? 0.02 : -0.02) + 0.002 * RollingVolatilityTests.Gaussian(rng));
            t.TryPush(level);
            if (t.NeedsRefit) t.TryRefit();
            if (i >= 30)
            {
                Assert.Equal(MarketRegime.Choppy, t.Regime);
                Assert.InRange(t.Weights.Recent, 0.45, 0.55);
            }
        }
    }

    [Fact]
    public void Efficiency_ratio_is_one_for_a_straight_line_and_zero_for_a_flat_window()
    {
        var er = new EfficiencyRatio(5);
        for (int i = 0; i < 4; i++) er.TryPush(0.1);
        Assert.True(double.IsNaN(er.Value));
        Assert.Equal(MarketRegime.Unknown, er.Classify(0.4));
        er.TryPush(0.1);
        Assert.Equal(1, er.Value, 1e-12);
        for (int i = 0; i < 5; i++) er.TryPush(0);
        Assert.Equal(0, er.Value);
        er.TryPush(1); er.TryPush(-1);
        Assert.Equal(0, er.Value, 1e-12);
        Assert.False(er.TryPush(double.NaN));
    }
}
