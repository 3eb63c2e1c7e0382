using ActorCluster.Analytics.Alerts;

namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>
/// Per-period tallies the backtest estimates likelihoods from: how many scored periods were anomalous (inside a
/// label window) or normal, and in how many of each every signal kind counted (was kept after hysteresis and
/// inhibition, i.e. entered the composite probability). Integers only, so sums do not depend on their order.
/// </summary>
public sealed class SignalCounts
{
    private static readonly int Kinds = Enum.GetValues<SignalKind>().Length;
    private readonly long[] _anomalous = new long[Kinds];
    private readonly long[] _normal = new long[Kinds];

    /// <summary>Scored periods inside a label window.</summary>
    public long AnomalousPeriods { get; private set; }

    /// <summary>Scored periods outside every label window.</summary>
    public long NormalPeriods { get; private set; }

    /// <summary>Periods inside a label window in which <paramref name="kind"/> counted.</summary>
    public long FiredAnomalous(SignalKind kind) => _anomalous[(int)kind];

    /// <summary>Periods outside every label window in which <paramref name="kind"/> counted.</summary>
    public long FiredNormal(SignalKind kind) => _normal[(int)kind];

    /// <summary>Adds one period: <paramref name="signalMask"/> has bit k set when signal kind k counted.</summary>
    public void Add(int signalMask, bool anomalous)
    {
        var target = anomalous ? _anomalous : _normal;
        if (anomalous) AnomalousPeriods++; else NormalPeriods++;
        for (int k = 0; k < Kinds; k++)
            if ((signalMask & (1 << k)) != 0) target[k]++;
    }

    /// <summary>Adds every tally of <paramref name="other"/> to this one.</summary>
    public void Add(SignalCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        AnomalousPeriods += other.AnomalousPeriods;
        NormalPeriods += other.NormalPeriods;
        for (int k = 0; k < Kinds; k++) (_anomalous[k], _normal[k]) = (_anomalous[k] + other._anomalous[k], _normal[k] + other._normal[k]);
    }

    /// <summary>Bit k set for each signal kind k in <paramref name="signals"/>.</summary>
    public static int Mask(IEnumerable<AlertSignal> signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        int mask = 0;
        foreach (var s in signals) mask |= 1 << (int)s.Kind;
        return mask;
    }
}
