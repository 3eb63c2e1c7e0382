using ActorCluster.Analytics.Volatility;

namespace ActorCluster.Analytics.Tests.Volatility;

public class AverageTrueRangeTests
{
    [Fact]
    public void Matches_a_hand_computed_example_with_gaps()
    {
        var atr = new AverageTrueRange(period: 3);
        Assert.True(atr.TryPush(10.0, 9.0, 9.5));    // seeds the previous close only
        Assert.True(atr.TryPush(11.0, 9.8, 10.5));   // TR = 11 - 9.5 = 1.5
        Assert.Equal(1.5, atr.LastTrueRange, 1e-12);
        Assert.True(atr.TryPush(10.8, 10.2, 10.4));  // TR = 10.8 - 10.2 = 0.6
        Assert.True(double.IsNaN(atr.Value));
        Assert.True(atr.TryPush(12.5, 12.0, 12.2));  // gap up: TR = 12.5 - 10.4 = 2.1 (H - L is only 0.5)
        Assert.Equal(2.1, atr.LastTrueRange, 1e-12);
        Assert.Equal(1.4, atr.Value, 1e-12);         // seed: (1.5 + 0.6 + 2.1) / 3
        Assert.True(atr.TryPush(12.4, 11.6, 11.8));  // TR = 12.4 - 11.6 = 0.8
        Assert.Equal(1.2, atr.Value, 1e-12);         // (2 * 1.4 + 0.8) / 3
        Assert.True(atr.TryPush(10.0, 9.7, 9.9));    // gap down: TR = 11.8 - 9.7 = 2.1
        Assert.Equal(1.5, atr.Value, 1e-12);         // (2 * 1.2 + 2.1) / 3
        Assert.Equal(1.5 * Math.Sqrt(Math.PI / 2), atr.SigmaEquivalent, 1e-12);
    }

    [Fact]
    public void Single_values_give_the_wilder_average_of_absolute_changes()
    {
        double[] closes = [5, 6, 4, 4, 7];
        var atr = new AverageTrueRange(period: 2);
        foreach (var c in closes) atr.TryPush(c);
        // |Δ| = 1, 2, 0, 3 → seed (1 + 2) / 2 = 1.5 → (1.5 + 0) / 2 = 0.75 → (0.75 + 3) / 2 = 1.875
        Assert.Equal(1.875, atr.Value, 1e-12);
    }

    [Fact]
    public void Bad_bars_are_rejected_without_changing_state()
    {
        var atr = new AverageTrueRange(2);
        Assert.False(atr.TryPush(double.NaN));
        Assert.False(atr.TryPush(1, 2, 1.5));            // high < low
        Assert.False(atr.TryPush(double.PositiveInfinity));
        Assert.True(double.IsNaN(atr.PreviousClose));
        atr.TryPush(3);
        Assert.True(double.IsNaN(atr.Value));            // one point: no true range yet
        Assert.Equal(0, atr.Count);
    }

    [Fact]
    public void State_round_trip_continues_identically()
    {
        var a = new AverageTrueRange(3);
        foreach (var c in new double[] { 3, 4, 6, 5, 9 }) a.TryPush(c);
        var b = new AverageTrueRange(3);
        b.ImportState(a.ExportState());
        a.TryPush(2); b.TryPush(2);
        Assert.Equal(a.Value, b.Value);
    }
}
