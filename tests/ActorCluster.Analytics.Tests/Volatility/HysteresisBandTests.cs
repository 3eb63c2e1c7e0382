using ActorCluster.Analytics.Volatility;

namespace ActorCluster.Analytics.Tests.Volatility;

public class HysteresisBandTests
{
    [Fact]
    public void Enters_above_the_line_and_leaves_only_below_ninety_percent()
    {
        var band = new HysteresisBand(0.10);
        Assert.Equal(HysteresisTransition.None, band.Update(1.0, 1.0));      // at the line is not above it
        Assert.Equal(HysteresisTransition.Entered, band.Update(1.01, 1.0));
        Assert.Equal(HysteresisTransition.None, band.Update(0.95, 1.0));     // inside the band: stays above
        Assert.Equal(HysteresisTransition.None, band.Update(0.90, 1.0));     // exactly 90%: stays
        Assert.Equal(HysteresisTransition.Exited, band.Update(0.89, 1.0));
        Assert.False(band.IsAbove);
    }

    [Fact]
    public void A_value_hovering_at_the_line_does_not_flap()
    {
        var band = new HysteresisBand();
        int transitions = 0;
        for (int i = 0; i < 1000; i++)
        {
            double value = 1.0 + 0.05 * Math.Sin(i * 0.7); // within ±5% of the line
            if (band.Update(value, 1.0) != HysteresisTransition.None) transitions++;
        }
        Assert.Equal(1, transitions);
    }

    [Fact]
    public void Nan_or_negative_trigger_changes_nothing_and_zero_trigger_is_valid()
    {
        var band = new HysteresisBand();
        Assert.Equal(HysteresisTransition.None, band.Update(double.NaN, 1));
        Assert.Equal(HysteresisTransition.None, band.Update(5, double.NaN));
        Assert.Equal(HysteresisTransition.None, band.Update(5, -1));
        Assert.False(band.IsAbove);
        Assert.Equal(HysteresisTransition.None, band.Update(0, 0));      // a flat series staying flat
        Assert.Equal(HysteresisTransition.Entered, band.Update(1e-9, 0)); // the first move after it
    }
}
