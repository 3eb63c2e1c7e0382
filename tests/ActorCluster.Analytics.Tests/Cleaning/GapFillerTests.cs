using ActorCluster.Analytics.Cleaning;

namespace ActorCluster.Analytics.Tests.Cleaning;

public class GapFillerTests
{
    private const double N = double.NaN;

    private static (double[] Units, double[] Prices, GapFlags[] Flags, int Imputed) Run(double[] units, double[] prices, int maxGap = GapFiller.DefaultMaxGap)
    {
        var u = new double[units.Length];
        var p = new double[units.Length];
        var f = new GapFlags[units.Length];
        int imputed = GapFiller.Fill(units, prices, u, p, f, maxGap);
        return (u, p, f, imputed);
    }

    [Fact]
    public void Short_gap_interpolates_units_and_carries_price_forward()
    {
        var r = Run([10, N, N, N, 50], [2.0, N, N, N, 3.0]);
        Assert.Equal([10.0, 20, 30, 40, 50], r.Units);
        Assert.Equal([2.0, 2, 2, 2, 3], r.Prices);
        Assert.Equal(GapFlags.None, r.Flags[0]);
        Assert.All(r.Flags[1..4], f => Assert.Equal(GapFlags.UnitsInterpolated | GapFlags.PriceCarriedForward, f));
        Assert.Equal(6, r.Imputed);
    }

    [Fact]
    public void Long_gap_is_marked_and_not_filled()
    {
        var r = Run([10, N, N, N, N, 50], [2.0, N, N, N, N, 3.0]);
        Assert.All(r.Units[1..5], v => Assert.True(double.IsNaN(v)));
        Assert.All(r.Prices[1..5], v => Assert.True(double.IsNaN(v)));
        Assert.All(r.Flags[1..5], f => Assert.Equal(GapFlags.UnitsMissing | GapFlags.PriceMissing | GapFlags.LongGap, f));
        Assert.Equal(0, r.Imputed);
    }

    [Fact]
    public void Open_ended_gaps_fill_only_what_one_side_allows()
    {
        var r = Run([N, 5, 7, N], [N, 1.5, N, N]);
        Assert.True(double.IsNaN(r.Units[0]));
        Assert.Equal(GapFlags.UnitsMissing | GapFlags.PriceMissing, r.Flags[0]);
        Assert.True(double.IsNaN(r.Units[3]));                 // waits for the next observation
        Assert.Equal([1.5, 1.5], r.Prices[2..]);               // price needs only the past
        Assert.Equal(GapFlags.UnitsMissing | GapFlags.PriceCarriedForward, r.Flags[3]);
    }

    [Fact]
    public void Bad_values_count_as_missing_and_filling_in_place_works()
    {
        double[] units = [4, -1, double.PositiveInfinity, 10];
        double[] prices = [9, 0, -3, 9.5];
        var flags = new GapFlags[4];
        GapFiller.Fill(units, prices, units, prices, flags);
        Assert.Equal([4.0, 6, 8, 10], units);
        Assert.Equal([9.0, 9, 9, 9.5], prices);
    }

    [Fact]
    public void Max_gap_is_configurable()
    {
        Assert.Equal(0, Run([1, N, 3], [1, N, 1], maxGap: 0).Imputed);
        Assert.Equal(10, Run([0, N, N, N, N, N, 6], [1, N, N, N, N, N, 1], maxGap: 5).Imputed);
        Assert.Throws<ArgumentException>(() => Run([1], [1, 2]));
    }
}
