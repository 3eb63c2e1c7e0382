using ActorCluster.Analytics.Cleaning;

namespace ActorCluster.Analytics.Tests.Cleaning;

public class RollingOutlierDetectorTests
{
    [Theory]
    [InlineData(60, 1)]
    [InlineData(61, 2)]
    [InlineData(400, 3)]
    public void Statistics_and_flags_match_sorting_the_window(int length, int seed)
    {
        var rng = new Random(seed);
        var detector = new RollingOutlierDetector(length);
        var values = new List<double>();
        var promos = new List<bool>();
        for (int t = 0; t < 3 * length; t++)
        {
            double u = rng.NextDouble();
            // Repeated integers (ties), missing values and spikes.
            double x = u < 0.05 ? double.NaN : u < 0.08 ? 500 + rng.Next(100) : rng.Next(0, 40);
            bool promo = rng.NextDouble() < 0.1;
            values.Add(x);
            promos.Add(promo);
            var flags = detector.Push(x, promo);

            int from = Math.Max(0, t - length + 1);
            var naive = new NaiveOutliers(Enumerable.Range(from, t - from + 1).Where(i => !promos[i]).Select(i => values[i]));
            Assert.Equal(naive.Sorted.Length, detector.ReferenceCount);
            Assert.Equal(naive.Median, detector.Median);
            Assert.Equal(naive.Mad, detector.MedianAbsoluteDeviation);
            Assert.Equal(naive.Q1, detector.LowerQuartile);
            Assert.Equal(naive.Q3, detector.UpperQuartile);
            Assert.Equal(naive.Mean, detector.Mean, 9);
            Assert.Equal(naive.Sd, detector.StandardDeviation, 7);
            Assert.Equal(naive.Classify(x, promo), flags);
        }
        var window = new OutlierFlags[length];
        detector.FlagWindow(window);
        int start = values.Count - length;
        var reference = new NaiveOutliers(Enumerable.Range(start, length).Where(i => !promos[i]).Select(i => values[i]));
        for (int j = 0; j < length; j++) Assert.Equal(reference.Classify(values[start + j], promos[start + j]), window[j]);
    }

    [Fact]
    public void An_injected_spike_is_flagged_but_not_on_a_promotion_day()
    {
        var rng = new Random(42);
        var detector = new RollingOutlierDetector(60);
        for (int t = 0; t < 59; t++) detector.Push(100 + rng.Next(-10, 11), false);
        var spike = detector.Push(400, false);
        Assert.Equal(OutlierFlags.RobustZScore | OutlierFlags.Tukey | OutlierFlags.ThreeSigma, spike);

        var promoDetector = new RollingOutlierDetector(60);
        rng = new Random(42);
        for (int t = 0; t < 59; t++) promoDetector.Push(100 + rng.Next(-10, 11), false);
        Assert.Equal(OutlierFlags.PromotionExempt, promoDetector.Push(400, true));
        Assert.Equal(OutlierFlags.None, promoDetector.Push(101, false));
    }

    [Fact]
    public void A_drop_is_flagged_low()
    {
        var detector = new RollingOutlierDetector(30);
        for (int t = 0; t < 29; t++) detector.Push(100 + t % 5, false);
        Assert.True(detector.Push(0, false).HasFlag(OutlierFlags.Low));
    }

    [Fact]
    public void Zero_scale_and_too_little_data_flag_nothing()
    {
        var sparse = new RollingOutlierDetector(30);
        for (int t = 0; t < 29; t++) sparse.Push(0, false);   // intermittent demand: MAD = IQR = 0
        Assert.Equal(0.0, sparse.MedianAbsoluteDeviation);
        Assert.True(double.IsNaN(sparse.ModifiedZScore(3)));
        Assert.True(sparse.Push(3, false).HasFlag(OutlierFlags.ThreeSigma)); // only the test with a scale speaks
        Assert.False(sparse.Classify(3, false).HasFlag(OutlierFlags.RobustZScore));

        var young = new RollingOutlierDetector(30);
        for (int t = 0; t < 8; t++) young.Push(10, false);
        Assert.Equal(OutlierFlags.None, young.Push(1e6, false));
        Assert.Equal(OutlierFlags.None, young.Push(double.NaN, false));
    }

    [Fact]
    public void Rebuild_gives_the_same_statistics()
    {
        var rng = new Random(8);
        var values = Enumerable.Range(0, 200).Select(_ => (double)rng.Next(0, 50)).ToArray();
        var promos = values.Select(v => v > 45).ToArray();
        var live = new RollingOutlierDetector(60);
        for (int i = 0; i < values.Length; i++) live.Push(values[i], promos[i]);
        var rebuilt = new RollingOutlierDetector(60);
        rebuilt.Rebuild(values, promos);
        Assert.Equal(live.Median, rebuilt.Median);
        Assert.Equal(live.MedianAbsoluteDeviation, rebuilt.MedianAbsoluteDeviation);
        Assert.Equal(live.StandardDeviation, rebuilt.StandardDeviation, 9);
    }
}
