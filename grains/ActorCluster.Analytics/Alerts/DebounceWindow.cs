namespace ActorCluster.Analytics.Alerts;

/// <summary>The last N (≤ 64) periods as bits, newest in bit 0: whether each qualified for an alert.</summary>
public sealed class DebounceWindow
{
    /// <summary>Restores the bits (from <see cref="AlertLifecycleState"/>).</summary>
    public DebounceWindow(ulong bits = 0) => Bits = bits;

    /// <summary>Bit k = the period k steps back qualified.</summary>
    public ulong Bits { get; private set; }

    /// <summary>Shifts in the newest period.</summary>
    public void Push(bool qualified) => Bits = (Bits << 1) | (qualified ? 1UL : 0UL);

    /// <summary>Qualifying periods among the last <paramref name="window"/>.</summary>
    public int Count(int window) =>
        System.Numerics.BitOperations.PopCount(window >= 64 ? Bits : Bits & ((1UL << window) - 1));
}
