using ActorCluster.Analytics.Simulation;

namespace ActorCluster.Analytics.Tests.Simulation;

public sealed class RandomVariatesTests
{
    [Fact]
    public void SplitMix64_matches_the_reference_sequence()
    {
        // splitmix64.c from seed 1234567: the state advances by the golden gamma before each output.
        ulong state = 1234567;
        ulong[] expected = [6457827717110365317, 3203168211198807973, 9817491932198370423];
        foreach (ulong e in expected)
        {
            Assert.Equal(e, SplitMix64.Mix(state));
            state += SplitMix64.Gamma;
        }
    }

    [Fact]
    public void Xoshiro256StarStar_matches_the_reference_outputs()
    {
        // xoshiro256starstar.c with state {1, 2, 3, 4}.
        var rng = Xoshiro256StarStar.FromState(1, 2, 3, 4);
        Assert.Equal(11520UL, rng.NextUInt64());
        Assert.Equal(0UL, rng.NextUInt64());
        Assert.Equal(1509978240UL, rng.NextUInt64());
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(4)]
    [InlineData(50)]
    [InlineData(5000)]
    public void Poisson_has_equal_mean_and_variance(double lambda)
    {
        var rng = new Xoshiro256StarStar(11);
        var (mean, variance) = Moments(100_000, () => RandomVariates.Poisson(ref rng, lambda));
        Assert.InRange(mean, lambda * 0.99 - 0.01, lambda * 1.01 + 0.01);
        Assert.InRange(variance, lambda * 0.97 - 0.01, lambda * 1.03 + 0.01);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(3)]
    [InlineData(40)]
    public void Gamma_has_mean_and_variance_equal_to_its_shape(double shape)
    {
        var rng = new Xoshiro256StarStar(12);
        var (mean, variance) = Moments(100_000, () => RandomVariates.Gamma(ref rng, shape));
        Assert.InRange(mean, shape * 0.98, shape * 1.02);
        Assert.InRange(variance, shape * 0.95, shape * 1.05);
    }

    [Theory]
    [InlineData(0.4, 2)]
    [InlineData(20, 5)]
    [InlineData(300, 30)]
    public void Negative_binomial_variance_is_mean_plus_mean_squared_over_size(double mu, double size)
    {
        var rng = new Xoshiro256StarStar(13);
        var (mean, variance) = Moments(200_000, () => RandomVariates.NegativeBinomial(ref rng, mu, size));
        Assert.InRange(mean, mu * 0.98, mu * 1.02);
        Assert.InRange(variance / (mu + mu * mu / size), 0.94, 1.06);
    }

    [Fact]
    public void Streams_of_neighbouring_keys_are_uncorrelated()
    {
        var x = new double[20_000];
        var y = new double[20_000];
        for (int t = 0; t < x.Length; t++)
        {
            var a = new Xoshiro256StarStar(SplitMix64.Combine(42, (ulong)t));
            var b = new Xoshiro256StarStar(SplitMix64.Combine(42, (ulong)t + 1));
            (x[t], y[t]) = (a.NextDouble(), b.NextDouble());
        }
        Assert.InRange(MathNet.Numerics.Statistics.Correlation.Pearson(x, y), -0.03, 0.03);
        Assert.InRange(x.Average(), 0.49, 0.51);
    }

    private static (double Mean, double Variance) Moments(int n, Func<double> draw)
    {
        double sum = 0, sumSq = 0;
        for (int i = 0; i < n; i++)
        {
            double v = draw();
            sum += v;
            sumSq += v * v;
        }
        double mean = sum / n;
        return (mean, (sumSq - n * mean * mean) / (n - 1));
    }
}
