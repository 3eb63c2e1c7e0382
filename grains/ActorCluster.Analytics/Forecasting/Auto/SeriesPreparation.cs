namespace ActorCluster.Analytics.Forecasting.Auto;

/// <summary>
/// Turns the caller's series into the finite series the candidates are fitted to, or into a reason, following
/// <see cref="ForecastPolicy.MissingValues"/>. Never throws.
/// </summary>
internal static class SeriesPreparation
{
    public static bool TryPrepare(ReadOnlySpan<double> y, ForecastPolicy policy, out double[] clean, out int imputed, out string reason)
    {
        clean = [];
        imputed = 0;
        if (y.IsEmpty) { reason = $"the series is empty; need at least {policy.MinimumObservations} periods"; return false; }
        int first = -1, missing = 0, firstMissing = -1;
        for (int i = 0; i < y.Length; i++)
        {
            if (double.IsFinite(y[i])) { if (first < 0) first = i; continue; }
            missing++;
            if (firstMissing < 0) firstMissing = i;
        }
        if (first < 0) { reason = "the series has no finite value"; return false; }
        if (missing > 0 && policy.MissingValues == MissingValueHandling.Refuse)
        {
            reason = $"value {firstMissing} is {y[firstMissing]} and missing values are refused by the policy";
            return false;
        }
        if (missing > policy.MaxMissingFraction * y.Length)
        {
            reason = $"{missing} of {y.Length} values are missing, more than {policy.MaxMissingFraction:P0}";
            return false;
        }
        clean = Interpolate(y[first..], out imputed);
        if (clean.Length < policy.MinimumObservations)
        {
            reason = $"need at least {policy.MinimumObservations} periods, got {clean.Length}";
            return false;
        }
        reason = "";
        return true;
    }

    /// <summary>Interior gaps: linear between the finite neighbours; trailing gaps: the last finite value. y[0] is finite.</summary>
    private static double[] Interpolate(ReadOnlySpan<double> y, out int imputed)
    {
        var result = y.ToArray();
        imputed = 0;
        int last = 0;
        for (int i = 1; i < result.Length; i++)
        {
            if (!double.IsFinite(result[i])) continue;
            for (int j = last + 1; j < i; j++)
                result[j] = result[last] + (result[i] - result[last]) * (j - last) / (i - last);
            imputed += i - last - 1;
            last = i;
        }
        for (int j = last + 1; j < result.Length; j++) result[j] = result[last];
        imputed += result.Length - 1 - last;
        return result;
    }
}
