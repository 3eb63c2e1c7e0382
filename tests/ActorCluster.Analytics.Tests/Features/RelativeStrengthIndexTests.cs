using ActorCluster.Analytics.Features;

namespace ActorCluster.Analytics.Tests.Features;

public class RelativeStrengthIndexTests
{
    // The worked example in StockCharts' ChartSchool "Relative Strength Index (RSI)" (after Wilder 1978).
    private static readonly double[] Closes =
    [
        44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.10, 45.42, 45.84, 46.08, 45.89, 46.03, 45.61, 46.28, 46.28,
        46.00, 46.03, 46.41, 46.22, 45.64, 46.21, 46.25, 45.71, 46.45, 45.78, 45.35, 44.03, 44.18, 44.22, 44.57,
        43.42, 42.66, 43.13,
    ];

    [Fact]
    public void First_values_match_the_hand_computation()
    {
        // Gains over the first 14 changes sum to 3.34, losses to 1.40, so RSI = 100·3.34/(3.34 + 1.40).
        // StockCharts prints 70.53 because its table rounds the averages to two decimals.
        var rsi = new RelativeStrengthIndex();
        for (int i = 0; i < 14; i++)
        {
            rsi.Push(Closes[i]);
            Assert.True(double.IsNaN(rsi.Value));
        }
        rsi.Push(Closes[14]);
        Assert.Equal(100 * 3.34 / 4.74, rsi.Value, 9);
        rsi.Push(Closes[15]);
        // Next change −0.28: gain = (3.34/14)·13/14, loss = (1.40/14·13 + 0.28)/14.
        double g = 3.34 / 14 * 13 / 14, l = (1.40 / 14 * 13 + 0.28) / 14;
        Assert.Equal(100 - 100 / (1 + g / l), rsi.Value, 9);
    }

    [Fact]
    public void The_whole_example_matches_to_two_decimals()
    {
        double[] expected =
        [
            70.46, 66.25, 66.48, 69.35, 66.29, 57.92, 62.88, 63.21, 56.01, 62.34, 54.67, 50.39, 40.02, 41.49, 41.90,
            45.50, 37.32, 33.09, 37.79,
        ];
        var rsi = new RelativeStrengthIndex(14);
        var actual = new List<double>();
        foreach (var c in Closes)
        {
            rsi.Push(c);
            if (!double.IsNaN(rsi.Value)) actual.Add(Math.Round(rsi.Value, 2));
        }
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Flat_rising_and_falling_series()
    {
        var flat = new RelativeStrengthIndex(3);
        var up = new RelativeStrengthIndex(3);
        var down = new RelativeStrengthIndex(3);
        for (int i = 0; i < 10; i++)
        {
            flat.Push(7);
            up.Push(i);
            down.Push(-i);
        }
        Assert.Equal(50.0, flat.Value);
        Assert.Equal(100.0, up.Value);
        Assert.Equal(0.0, down.Value);
    }

    [Fact]
    public void Missing_values_are_skipped_and_random_data_matches_the_definition()
    {
        var rng = new Random(3);
        var x = Naive.Series(rng, 600, missing: 0.1);
        var rsi = new RelativeStrengthIndex(14);
        for (int t = 0; t < x.Length; t++)
        {
            rsi.Push(x[t]);
            Naive.AssertClose(Naive.Rsi(x, t, 14), rsi.Value, $"t={t}", 1e-9);
        }
    }
}
