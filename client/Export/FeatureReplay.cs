using ActorCluster.Analytics.Calendar;
using ActorCluster.Analytics.Features;
using ActorCluster.Analytics.Pipeline;

namespace ActorCluster.Client.Export;

/// <summary>One stored period with the features the analytics computed for it.</summary>
/// <param name="ImputedBefore">Periods of the gap before this one that the analytics filled by interpolation.</param>
public readonly record struct ReplayedPeriod(Observation Observation, FeatureVector Features, int ImputedBefore);

/// <summary>
/// Recomputes an ASIN's per-period features from its stored window with the analytics library the grain runs, the
/// way the grain itself rebuilds them on every activation (reset, then push each stored period in order, gaps
/// filled as in <see cref="AsinAnalytics.Push"/>). O(1) per period; no forecast is fitted.
/// </summary>
public static class FeatureReplay
{
    public static IEnumerable<ReplayedPeriod> Run(IReadOnlyList<Observation> window, PeriodKind period)
    {
        var analytics = new AsinAnalytics(new AsinAnalyticsOptions { Period = (CalendarPeriod)period });
        foreach (var o in window)
        {
            var step = analytics.Push(ToInput(o));
            yield return new ReplayedPeriod(o, analytics.Features, step.Imputed);
        }
    }

    // The grain's own mapping (AsinGrain.ToInput): missing figures are NaN, a missing flag is "no promotion, in stock".
    private static AnalyticsInput ToInput(Observation o) => new(
        o.PeriodStart, o.Units ?? double.NaN, o.Price ?? double.NaN, o.SalesRank ?? double.NaN, o.Promotion ?? false, o.InStock ?? true);

    /// <summary>
    /// The features whose replayed value differs from the live view's (NaN equals NaN); empty when the replay
    /// reproduces what the grain holds. A grain that absorbed more history than its window keeps figures with
    /// longer memory (Periods, EWMA, the life-cycle trend) that a replay of the window cannot reproduce.
    /// </summary>
    public static List<string> DifferencesFromLive(in FeatureVector replayed, IReadOnlyDictionary<string, double> live)
    {
        var differ = new List<string>();
        foreach (var c in FeatureColumns.Numeric)
        {
            double mine = c.AsDouble(replayed);
            if (!live.TryGetValue(c.Name, out var theirs)) { differ.Add(c.Name); continue; }
            if (!(mine.Equals(theirs))) differ.Add(c.Name);
        }
        return differ;
    }
}
