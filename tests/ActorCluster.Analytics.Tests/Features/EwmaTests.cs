using ActorCluster.Analytics.Features;

namespace ActorCluster.Analytics.Tests.Features;

public class EwmaTests
{
    [Fact]
    public void Span_converts_to_alpha() => Assert.Equal(2.0 / 21, Ewma.FromSpan(20).Alpha, 15);

    [Fact]
    public void Hand_computed_values()
    {
        var e = new Ewma(0.5);
        Assert.True(double.IsNaN(e.Value));
        e.Push(10);
        Assert.Equal(10.0, e.Value);
        e.Push(20);
        Assert.Equal(15.0, e.Value);
        e.Push(double.NaN);
        Assert.Equal(15.0, e.Value);
        e.Push(5);
        Assert.Equal(10.0, e.Value);
        Assert.Equal(3, e.Count);
    }

    [Fact]
    public void Matches_a_naive_recursion_on_random_data()
    {
        var rng = new Random(21);
        var x = Naive.Series(rng, 1000);
        var e = Ewma.FromSpan(7);
        for (int t = 0; t < x.Length; t++)
        {
            e.Push(x[t]);
            Naive.AssertClose(Naive.Ewma(x, t, e.Alpha), e.Value, $"t={t}", 1e-12);
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Rejects_alpha_outside_the_unit_interval(double alpha) => Assert.Throws<ArgumentOutOfRangeException>(() => new Ewma(alpha));
}
