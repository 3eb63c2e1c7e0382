namespace ActorCluster.Analytics.Stationarity;

/// <summary>Shared input checks: a reason instead of an exception.</summary>
internal static class SeriesCheck
{
    public static bool IsUsable(ReadOnlySpan<double> y, int minimum, out string reason)
    {
        reason = "";
        if (y.IsEmpty) { reason = "the series is empty"; return false; }
        if (y.Length < minimum) { reason = $"at least {minimum} observations are needed"; return false; }
        bool varies = false;
        foreach (var v in y)
        {
            if (!double.IsFinite(v)) { reason = "the series contains NaN or infinity"; return false; }
            varies |= v != y[0];
        }
        if (!varies) reason = "the series is constant";
        return varies;
    }
}
