using ActorCluster.Analytics.Drift;

namespace ActorCluster.Analytics.Tests.Drift;

public class KolmogorovSmirnovTests
{
    [Theory]
    // Kolmogorov distribution tail; the last three are the textbook asymptotic critical values
    // c(α) for α = 0.10, 0.05, 0.01 (Smirnov 1948): 1.2238, 1.3581, 1.6276.
    [InlineData(0.5, 0.9639452436648751)]
    [InlineData(1.0, 0.26999967167735456)]
    [InlineData(1.17, 0.12939004218561884)]
    [InlineData(1.19, 0.11774229287977167)]
    [InlineData(1.2238, 0.1000234278356778)]
    [InlineData(1.3581, 0.0499996304316674)]
    [InlineData(1.6276, 0.010001537333060776)]
    public void Kolmogorov_tail_matches_reference_values(double lambda, double expected)
    {
        Assert.Equal(expected, KolmogorovSmirnov.KolmogorovComplementaryCdf(lambda), 1e-9);
    }

    [Fact]
    public void Identical_samples_give_p_one()
    {
        double[] a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
        var r = KolmogorovSmirnov.TwoSample(a, a);
        Assert.True(r.IsValid);
        Assert.Equal(0, r.Statistic);
        Assert.Equal(1, r.PValue, 1e-12);
    }

    [Fact]
    public void Shifted_normal_samples_are_told_apart()
    {
        var rng = new Random(1);
        var a = Enumerable.Range(0, 200).Select(_ => Normal(rng)).ToArray();
        var b = Enumerable.Range(0, 200).Select(_ => Normal(rng) + 1).ToArray();
        var r = KolmogorovSmirnov.TwoSample(a, b);
        Assert.True(r.PValue < 0.01, $"p = {r.PValue}");
    }

    [Fact]
    public void Hand_computed_statistic_with_ties_and_p_value()
    {
        // F_a and F_b at 1, 2, 3, 4: (1/4, 0), (3/4, 1/3), (1, 2/3), (1, 1) → D = 3/4 - 1/3 = 5/12
        Assert.Equal(5.0 / 12, KolmogorovSmirnov.TwoSample([1, 2, 2, 3], [2, 3, 4]).Statistic, 1e-12);

        // disjoint samples of 5: D = 1, λ = (√2.5 + 0.12 + 0.11/√2.5) = 1.770709
        var r = KolmogorovSmirnov.TwoSample([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);
        Assert.Equal(1, r.Statistic);
        Assert.Equal(0.0037813540593701006, r.PValue, 1e-9);
    }

    [Fact]
    public void Bad_input_is_reported_not_thrown()
    {
        Assert.False(KolmogorovSmirnov.TwoSample([], [1.0]).IsValid);
        Assert.False(KolmogorovSmirnov.TwoSample([double.NaN], [1.0]).IsValid);
        Assert.Contains("empty", KolmogorovSmirnov.TwoSample([1.0], []).Reason);
        var one = KolmogorovSmirnov.TwoSample([1.0], [1.0]);               // one point each
        Assert.True(one.IsValid);
        Assert.Equal(1, one.PValue, 1e-12);
        var inf = KolmogorovSmirnov.TwoSample([double.PositiveInfinity, 1, double.NaN], [1.0, 2]);
        Assert.True(inf.IsValid);
        Assert.Equal(2, inf.SizeA);
        Assert.False(KolmogorovSmirnov.TwoSample([1.0, 2], [3.0], new double[1], new double[1]).IsValid);
    }

    internal static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
