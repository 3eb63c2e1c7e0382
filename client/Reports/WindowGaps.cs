namespace ActorCluster.Reports;

/// <summary>Missing periods of a stored window inside a range, split as the analytics treat them.</summary>
public static class WindowGaps
{
    /// <summary>
    /// Counts the periods between consecutive stored ones that fall in (<paramref name="from"/>, <paramref name="to"/>]:
    /// a gap of at most <paramref name="maxGap"/> periods is imputed by the analytics (interpolated units, carried price),
    /// a longer one stays missing. Periods before the first stored one are not gaps (the series had not started).
    /// </summary>
    public static (int Gaps, int Imputed, int Unfilled) Count(IReadOnlyList<Observation> window, DateTime from, DateTime to, TimeSpan step, int maxGap)
    {
        int gaps = 0, imputed = 0, unfilled = 0;
        for (int i = 1; i < window.Count; i++)
        {
            var a = window[i - 1].PeriodStart;
            long missing = (window[i].PeriodStart - a).Ticks / step.Ticks - 1;
            if (missing <= 0) continue;
            // The missing periods are a + k·step for k = 1..missing; count those in the range without walking them.
            long first = Math.Max(1, (long)Math.Floor((double)(from - a).Ticks / step.Ticks) + 1);
            long last = Math.Min(missing, (long)Math.Floor((double)(to - a).Ticks / step.Ticks));
            int inRange = (int)Math.Max(0, last - first + 1);
            gaps += inRange;
            if (missing <= maxGap) imputed += inRange; else unfilled += inRange;
        }
        return (gaps, imputed, unfilled);
    }
}
