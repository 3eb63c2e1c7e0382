using ActorCluster.Analytics.Simulation;

namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>
/// A labelled anomaly in periods counted from the series' first period (0). Its <b>label window</b> with a watch
/// window of W periods is [<see cref="First"/>, <see cref="Last"/> + W]: the periods in which an alert is credited
/// to it (a move is often judged a period or two after it starts, and its after-effects last a little longer).
/// </summary>
/// <param name="Kind">What was injected.</param>
/// <param name="First">First affected period.</param>
/// <param name="Last">Last affected period (inclusive, ≥ <paramref name="First"/>).</param>
public readonly record struct LabelSpan(AnomalyKind Kind, int First, int Last)
{
    /// <summary>True when <paramref name="period"/> lies in [<see cref="First"/>, <see cref="Last"/> + <paramref name="window"/>].</summary>
    public bool WindowContains(int period, int window) => period >= First && period <= Last + window;

    /// <summary>The label in periods of <paramref name="step"/> from <paramref name="start"/> (the series' first period).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not positive.</exception>
    public static LabelSpan From(AnomalyLabel label, DateTime start, TimeSpan step)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(step, TimeSpan.Zero);
        return new LabelSpan(label.Kind, (int)((label.Start - start).Ticks / step.Ticks), (int)((label.End - start).Ticks / step.Ticks));
    }

    /// <summary>
    /// Marks every period of [0, <paramref name="periods"/>) that lies inside some label's window, so "is this period
    /// anomalous?" is an array lookup.
    /// </summary>
    public static bool[] WindowMask(IReadOnlyList<LabelSpan> labels, int periods, int window)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var mask = new bool[Math.Max(0, periods)];
        foreach (var l in labels)
            for (int t = Math.Max(0, l.First); t <= Math.Min(mask.Length - 1, l.Last + window); t++) mask[t] = true;
        return mask;
    }
}
