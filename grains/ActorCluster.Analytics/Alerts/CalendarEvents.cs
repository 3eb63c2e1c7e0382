using ActorCluster.Analytics.Calendar;

namespace ActorCluster.Analytics.Alerts;

/// <summary>Whether a retail event of <see cref="EventCalendar.Default"/> explains the demand of a period.</summary>
public static class CalendarEvents
{
    /// <summary>
    /// True when <see cref="AlertRuleOptions.ExplainCalendarEvents"/> is on, an event covers the day of the period or one
    /// of the <see cref="AlertRuleOptions.CalendarEventAfterDays"/> days before it (demand returns to normal after the
    /// event), and the units lie within a factor <see cref="AlertRuleOptions.CalendarEventMaxLift"/> of their 20-period
    /// mean either way: an event lifts demand a few times, so a larger move is not its doing. Units or mean unknown: the
    /// event explains. O(1): the calendar caches its years.
    /// </summary>
    public static bool Explain(in AlertInput input, AlertRuleOptions options)
    {
        if (!options.ExplainCalendarEvents) return false;
        double ratio = input.Current.Units / input.Features.UnitsMean20, lift = options.CalendarEventMaxLift;
        if (double.IsFinite(ratio) && (ratio > lift || ratio * lift < 1)) return false;
        var day = DateOnly.FromDateTime(input.At);
        int after = Math.Min(options.CalendarEventAfterDays, day.DayNumber);
        return EventCalendar.Default.Mask(day.AddDays(-after), after + 1) != 0;
    }
}
