namespace ActorCluster.Analytics.Simulation;

/// <summary>Days <see cref="First"/> to <see cref="Last"/> (inclusive, simulated-day indexes) carrying a factor.</summary>
internal readonly record struct DaySpan(int First, int Last, double Factor = 1)
{
    public bool Contains(int t) => t >= First && t <= Last;

    /// <summary>Index of the last span of <paramref name="spans"/> (sorted by <see cref="First"/>) starting on or before <paramref name="t"/>, or −1.</summary>
    public static int LastStartedBy(DaySpan[] spans, int t)
    {
        int lo = 0, hi = spans.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (spans[mid].First <= t) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    /// <summary>Index of the span of <paramref name="spans"/> (sorted, not overlapping) containing <paramref name="t"/>, or −1.</summary>
    public static int IndexAt(DaySpan[] spans, int t)
    {
        int i = LastStartedBy(spans, t);
        return i >= 0 && t <= spans[i].Last ? i : -1;
    }
}
