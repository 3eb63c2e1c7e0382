namespace ActorCluster.Analytics.Pipeline;

/// <summary>
/// One period of an ASIN as the analytics see it. Missing values are NaN; <see cref="Rank"/> is the
/// sales rank as a number (1 is best).
/// </summary>
public readonly record struct AnalyticsInput(
    DateTime Period, double Units, double Price, double Rank, bool Promotion, bool InStock = true)
{
    /// <summary>A period with nothing known about it (inside a long gap).</summary>
    public static AnalyticsInput Missing(DateTime period) => new(period, double.NaN, double.NaN, double.NaN, false);
}
