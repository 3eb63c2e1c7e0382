namespace ActorCluster.Analytics.Forecasting.Ets;

/// <summary>What the fitting code needs to know about a series before fitting, and why it cannot be fitted.</summary>
internal readonly record struct SeriesSummary(int Length, double Min, double Max, double MeanAbs)
{
    /// <summary>True when every observation is &gt; 0 (required by multiplicative forms).</summary>
    internal bool IsPositive => Min > 0;

    /// <summary>
    /// Summarises <paramref name="y"/>; returns null when it can be fitted at all, otherwise the reason: m outside
    /// [1, <see cref="EtsSpec.MaxSeasonLength"/>],
    /// empty series, a non-finite observation, or a constant series (all zeros included), which has no variation
    /// for a likelihood (log Σe² = -∞).
    /// </summary>
    internal static string? Check(ReadOnlySpan<double> y, int m, out SeriesSummary summary)
    {
        summary = default;
        if (m < 1 || m > EtsSpec.MaxSeasonLength) return $"season length m must be in [1, {EtsSpec.MaxSeasonLength}], got {m}";
        if (y.IsEmpty) return "the series is empty";
        double min = double.PositiveInfinity, max = double.NegativeInfinity, sumAbs = 0.0;
        for (int i = 0; i < y.Length; i++)
        {
            double v = y[i];
            if (!double.IsFinite(v)) return $"observation {i} is {v}; ETS needs finite values";
            min = Math.Min(min, v); max = Math.Max(max, v); sumAbs += Math.Abs(v);
        }
        summary = new SeriesSummary(y.Length, min, max, sumAbs / y.Length);
        if (y.Length == 1) return "a single observation cannot be fitted";
        if (min == max) return min == 0 ? "the series is all zeros" : $"the series is constant ({min}); ETS needs variation";
        return null;
    }
}
