using ActorCluster.Analytics.Forecasting.WhatIf;

namespace ActorCluster.Analytics.Tests.WhatIf;

public sealed class QuantileBandTests
{
    [Fact]
    public void Percentiles_follow_hyndman_fan_type_7()
    {
        // R: quantile(1:10, c(0.1, 0.5, 0.9)) = 1.9 5.5 9.1 (type 7 is R's default).
        double[] values = [7, 3, 10, 1, 5, 9, 2, 8, 4, 6];
        var band = QuantileBand.OfUnsorted(values);
        Assert.Equal(1.9, band.P10, 12);
        Assert.Equal(5.5, band.P50, 12);
        Assert.Equal(9.1, band.P90, 12);
        Assert.Equal(new QuantileBand(4, 4, 4), QuantileBand.OfUnsorted([4.0]));
        Assert.True(double.IsNaN(QuantileBand.OfUnsorted([]).P50));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(11)]
    [InlineData(2000)]
    [InlineData(10_001)]
    public void Selection_gives_exactly_what_a_sort_would_on_random_and_tied_values(int n)
    {
        var rng = new Random(n);
        foreach (var draw in new Func<double>[] { () => rng.NextDouble() * 100, () => rng.Next(0, 4), () => 7 })
        {
            var values = Enumerable.Range(0, n).Select(_ => draw()).ToArray();
            var sorted = values.Order().ToArray();
            double Type7(double p) { double pos = (n - 1) * p; int lo = (int)pos; return lo + 1 < n ? sorted[lo] + (pos - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo]; }
            Assert.Equal(new QuantileBand(Type7(0.1), Type7(0.5), Type7(0.9)), QuantileBand.OfUnsorted(values));
        }
    }

    [Fact]
    public void Sorted_reversed_and_nan_inputs_are_handled()
    {
        var up = Enumerable.Range(0, 1000).Select(i => (double)i).ToArray();
        Assert.Equal(new QuantileBand(99.9, 499.5, 899.1), QuantileBand.OfUnsorted(up));
        Assert.Equal(new QuantileBand(99.9, 499.5, 899.1), QuantileBand.OfUnsorted(up.Reverse().ToArray()));
        Assert.True(double.IsNaN(QuantileBand.OfUnsorted([1, double.NaN, 3]).P10));
    }
}
