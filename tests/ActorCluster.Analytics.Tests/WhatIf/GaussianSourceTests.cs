using ActorCluster.Analytics.Forecasting.WhatIf;

namespace ActorCluster.Analytics.Tests.WhatIf;

public sealed class GaussianSourceTests
{
    [Fact]
    public void The_uniforms_are_xoshiro256_star_star_seeded_by_splitmix64()
    {
        // Outputs 0x15780b2e0c2ec716, 0x6104d9866d113a7e, 0xae17533239e499a1 of the reference C code (Blackman & Vigna)
        // with its state filled by four SplitMix64 steps from 42, as 53-bit fractions.
        var g = new GaussianSource(42);
        Assert.Equal(0.08386297105988216, g.NextUniform());
        Assert.Equal(0.3789802506626686, g.NextUniform());
        Assert.Equal(0.6800434110281394, g.NextUniform());
        // Box–Muller on the first two: sqrt(−2 ln(1 − u1)) · cos(2π u2), then the sine of the same pair.
        var h = new GaussianSource(42);
        double r = Math.Sqrt(-2 * Math.Log(1 - 0.08386297105988216)), a = 2 * Math.PI * 0.3789802506626686;
        Assert.Equal(r * Math.Cos(a), h.NextNormal(), 14);
        Assert.Equal(r * Math.Sin(a), h.NextNormal(), 14);
    }

    [Fact]
    public void The_gaussian_source_is_standard_normal_and_repeatable()
    {
        var a = new GaussianSource(42);
        var b = new GaussianSource(42);
        double sum = 0, sumSq = 0;
        const int n = 200_000;
        for (int i = 0; i < n; i++)
        {
            double x = a.NextNormal();
            Assert.Equal(x, b.NextNormal());
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / n, variance = sumSq / n - mean * mean;
        Assert.Equal(0, mean, 0.01);
        Assert.Equal(1, variance, 0.015);
        Assert.NotEqual(new GaussianSource(1).NextNormal(), new GaussianSource(2).NextNormal());
    }
}
