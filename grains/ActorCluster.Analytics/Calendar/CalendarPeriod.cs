namespace ActorCluster.Analytics.Calendar;

/// <summary>
/// Length of one observation period, as the calendar sees it. The values match the grain interfaces'
/// <c>PeriodKind</c> (Day = 0, Hour = 1, Week = 2) so a cast converts; this library has no Orleans types.
/// </summary>
public enum CalendarPeriod : byte
{
    /// <summary>A UTC day.</summary>
    Day = 0,

    /// <summary>A UTC hour: flagged when its date is flagged.</summary>
    Hour = 1,

    /// <summary>An ISO week from Monday: flagged when any of its seven days is flagged.</summary>
    Week = 2,
}
