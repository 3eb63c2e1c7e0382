using ActorCluster.Analytics.Features;

namespace ActorCluster.Analytics.Tests.Features;

public class RollingMomentsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_length_and_lag_matches_a_naive_recomputation(int seed)
    {
        var rng = new Random(seed);
        var x = Naive.Series(rng, 900, level: 50, spread: 50);
        var moments = new RollingMoments();
        for (int t = 0; t < x.Length; t++)
        {
            moments.Push(x[t]);
            foreach (int length in RollingMoments.DefaultLengths)
            {
                var w = Naive.Window(x, t, length);
                Assert.Equal(w.Length, moments.ValidCount(length));
                Naive.AssertClose(Naive.Mean(w), moments.Mean(length), $"mean{length} t={t}");
                Naive.AssertClose(Naive.StdDev(w), moments.StandardDeviation(length), $"sd{length} t={t}", 1e-7, 1e-7);
            }
            foreach (int k in new[] { 1, 7, 30 }) Naive.AssertClose(Naive.Lag(x, t, k), moments.Lag(k), $"lag{k} t={t}");
        }
    }

    [Fact]
    public void Rebuild_matches_the_live_state()
    {
        var rng = new Random(9);
        var live = new RollingMoments();
        foreach (var v in Naive.Series(rng, 700)) live.Push(v);
        var raw = new double[live.Count];
        live.CopyTo(raw);
        var rebuilt = new RollingMoments();
        rebuilt.Rebuild(raw);
        foreach (int length in RollingMoments.DefaultLengths)
        {
            Naive.AssertClose(live.Mean(length), rebuilt.Mean(length), $"mean{length}", 1e-12);
            Naive.AssertClose(live.StandardDeviation(length), rebuilt.StandardDeviation(length), $"sd{length}", 1e-9);
        }
    }

    [Fact]
    public void Unknown_length_and_bad_configuration_are_rejected()
    {
        var moments = new RollingMoments();
        Assert.Throws<ArgumentOutOfRangeException>(() => moments.Mean(14));
        Assert.Throws<ArgumentException>(() => new RollingMoments([7, 7], 0));
        Assert.Throws<ArgumentException>(() => new RollingMoments([], 0));
        Assert.Equal(250, moments.Capacity);
        Assert.Equal(31, new RollingMoments([7], 30).Capacity);
    }
}
