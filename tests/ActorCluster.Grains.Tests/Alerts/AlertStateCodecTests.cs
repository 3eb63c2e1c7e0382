using ActorCluster.Analytics.Alerts;
using ActorCluster.Grains.Alerts;

namespace ActorCluster.Grains.Tests.Alerts;

public sealed class AlertStateCodecTests
{
    [Fact]
    public void A_lifecycle_state_survives_the_codec_with_commands_override_and_non_finite_numbers()
    {
        var lifecycle = new AlertLifecycle("B000000042", "Toys", new AlertOptions().Defaults);
        var at = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        lifecycle.Snooze(new AlertSnooze(SnoozeScope.Tier, at.AddDays(2), "ana", Tier: AlertTier.Red, Note: "sale week"), at);
        lifecycle.SetOverride(lifecycle.Options with { FireAfter = 1, MinProbability = 0.8 });
        var state = lifecycle.ExportState() with
        {
            History = [.. lifecycle.ExportState().History, new AlertTransition("B000000042", 2, "B000000042-2", at, AlertTransitionKind.Firing,
                AlertTier.Orange, double.NaN, [new AlertSignal(SignalKind.StockOut, 0, double.NaN, -1, true, double.NaN, "out of stock"),
                    new AlertSignal(SignalKind.UnitsSurge, 3.14159265358979, 1.5, 1, true, double.PositiveInfinity, "units surge")], [], "why", true)],
            LastSequence = 2,
        };

        var back = AlertStateCodec.Decode(AlertStateCodec.Encode(state));

        Assert.Equal(2, back.LastSequence);
        Assert.Equal("Toys", back.Category);
        Assert.Equal(state.Snoozes, back.Snoozes);
        Assert.Equal(1, back.Override!.FireAfter);
        Assert.Equal(0.8, back.Override.MinProbability);
        var fired = back.History[^1];
        Assert.True(double.IsNaN(fired.Probability));
        Assert.True(double.IsNaN(fired.Signals[0].Threshold));
        Assert.True(double.IsPositiveInfinity(fired.Signals[1].Margin));
        Assert.Equal(3.141593, fired.Signals[1].Value, 12);             // seven significant digits are kept
        Assert.Equal(AlertTier.Orange, fired.Tier);
        var restored = AlertLifecycle.FromState(back, new AlertOptions().Defaults);
        Assert.True(restored.IsSilenced(AlertTier.Red, at.AddDays(1)));
        Assert.False(restored.IsSilenced(AlertTier.Red, at.AddDays(3)));
    }

    [Fact]
    public void Corrupt_bytes_fail_loudly_naming_the_alert_state()
    {
        var e = Assert.Throws<InvalidDataException>(() => AlertStateCodec.Decode([1, 2, 3, 4, 5]));
        Assert.Contains("alert state", e.Message);
    }
}
