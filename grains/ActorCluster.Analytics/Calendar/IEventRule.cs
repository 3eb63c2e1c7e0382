namespace ActorCluster.Analytics.Calendar;

/// <summary>How an event recurs: the dates it covers in a given year.</summary>
public interface IEventRule
{
    /// <summary>
    /// The event's dates in <paramref name="year"/> (the range starts in that year and may run into the
    /// next, at most 366 days long), or null when it does not take place that year. Called only when
    /// a year is first looked up, never per observation.
    /// </summary>
    DateRange? RangeIn(int year);
}
