using ActorCluster.Analytics.Forecasting.Baseline;

namespace ActorCluster.Analytics.Forecasting.Intermittent;

/// <summary>Checks and summaries of a demand series shared by Croston, TSB and the classifier.</summary>
internal static class DemandSeries
{
    /// <summary>False with a reason when the series is empty, has NaN/∞ or a negative value.</summary>
    public static bool TryValidate(ReadOnlySpan<double> y, out string reason)
    {
        if (!SeriesCheck.TryValidate(y, 1, out reason)) return false;
        for (int i = 0; i < y.Length; i++)
            if (y[i] < 0) { reason = $"value {i} is a negative demand ({y[i]})"; return false; }
        return true;
    }

    /// <summary>Mean and sample variance of the non-zero sizes, and the mean interval between demands
    /// (first counted from the start). Variance with one demand: the mean (a Poisson-like guess).</summary>
    public static (int Demands, double MeanSize, double SizeVariance, double MeanInterval) Summarise(ReadOnlySpan<double> y)
    {
        int demands = 0, last = 0;
        double sum = 0;
        for (int i = 0; i < y.Length; i++)
            if (y[i] > 0) { demands++; sum += y[i]; last = i + 1; }
        if (demands == 0) return (0, 0, 0, double.NaN);
        double mean = sum / demands, ss = 0;
        foreach (var v in y)
            if (v > 0) ss += (v - mean) * (v - mean);
        double variance = demands > 1 ? ss / (demands - 1) : mean;
        return (demands, mean, variance, last / (double)demands);
    }
}
