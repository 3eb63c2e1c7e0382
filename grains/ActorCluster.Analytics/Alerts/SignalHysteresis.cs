namespace ActorCluster.Analytics.Alerts;

/// <summary>
/// Keeps signals from flapping at their line (MISSION §5 buffer band): a signal becomes active when its value
/// goes beyond the line, and stays active while its margin is at least (1 − buffer), i.e. until it falls under
/// 90% of the line by default. Yes/no signals (stock-out, drift) have no margin and are active only when present.
/// </summary>
public sealed class SignalHysteresis
{
    /// <summary>Bit k set = signal kind k was active after the last <see cref="Apply"/>.</summary>
    public int Held { get; private set; }

    /// <summary>Restores the held set (from <see cref="AlertLifecycleState"/>).</summary>
    public SignalHysteresis(int held = 0) => Held = held;

    /// <summary>The active signals among <paramref name="measured"/>; updates the held set.</summary>
    public List<AlertSignal> Apply(IReadOnlyList<AlertSignal> measured, double buffer)
    {
        var active = new List<AlertSignal>();
        int held = 0;
        foreach (var s in measured)
        {
            int bit = 1 << (int)s.Kind;
            bool wasHeld = (Held & bit) != 0;
            if (s.Beyond || (wasHeld && s.Margin >= 1 - buffer))
            {
                active.Add(s);
                held |= bit;
            }
        }
        Held = held;
        return active;
    }
}
