namespace ActorCluster.Analytics.Evaluation.Alerts;

/// <summary>
/// Detection delays in periods (first qualifying firing or escalation − label start; 0 = the first anomalous period).
/// Quantiles interpolate linearly between order statistics (Hyndman and Fan 1996, definition 7); all NaN when empty.
/// </summary>
/// <param name="Count">Delays measured (captured labels).</param>
/// <param name="Median">The median delay.</param>
/// <param name="Mean">The mean delay.</param>
/// <param name="P90">The 90th percentile.</param>
public sealed record DelayStats(int Count, double Median, double Mean, double P90)
{
    /// <summary>The statistics of <paramref name="delays"/>.</summary>
    public static DelayStats Of(IReadOnlyCollection<int> delays)
    {
        ArgumentNullException.ThrowIfNull(delays);
        if (delays.Count == 0) return new DelayStats(0, double.NaN, double.NaN, double.NaN);
        var sorted = delays.Order().ToArray();
        return new DelayStats(sorted.Length, Quantile(sorted, 0.5), sorted.Average(), Quantile(sorted, 0.9));
    }

    /// <summary>The <paramref name="q"/>-quantile of ascending <paramref name="sorted"/> (type 7).</summary>
    public static double Quantile(IReadOnlyList<int> sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0) return double.NaN;
        double h = (sorted.Count - 1) * Math.Clamp(q, 0, 1);
        int lo = (int)Math.Floor(h), hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
