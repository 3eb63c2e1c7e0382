namespace ActorCluster.Analytics.Volatility;

/// <summary>The log transform behind every volatility in this namespace.</summary>
public static class LogChange
{
    /// <summary>
    /// Log-transformed level: <c>log x</c> (<see cref="LogChangeKind.LogRatio"/>) or <c>log(1 + x)</c>
    /// (<see cref="LogChangeKind.Log1p"/>). NaN when <paramref name="level"/> is NaN, infinite or outside
    /// the domain (≤ 0, respectively ≤ -1).
    /// </summary>
    public static double Transform(double level, LogChangeKind kind)
    {
        if (!double.IsFinite(level)) return double.NaN;
        return kind switch
        {
            LogChangeKind.LogRatio => level > 0 ? Math.Log(level) : double.NaN,
            LogChangeKind.Log1p => level > -1 ? Math.Log(1 + level) : double.NaN,
            _ => double.NaN,
        };
    }

    /// <summary>Log-change between two levels; NaN when either is rejected by <see cref="Transform"/>.</summary>
    public static double Between(double previous, double current, LogChangeKind kind) =>
        Transform(current, kind) - Transform(previous, kind);

    /// <summary>Default transform for a metric: Log1p for unit counts, LogRatio for price and sales rank.</summary>
    public static LogChangeKind For(MetricKind metric) =>
        metric == MetricKind.Units ? LogChangeKind.Log1p : LogChangeKind.LogRatio;
}
