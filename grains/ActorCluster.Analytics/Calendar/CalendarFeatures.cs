using System.Globalization;

namespace ActorCluster.Analytics.Calendar;

/// <summary>Calendar features of one period, all from its UTC start.</summary>
/// <param name="DayOfWeek">ISO 8601 day of the week: Monday = 1 … Sunday = 7 (a weekly period starts on Monday).</param>
/// <param name="Month">Month of the period start, 1–12.</param>
/// <param name="WeekOfYear">ISO 8601 week number, 1–53 (late-December days can be week 1 of the next year).</param>
/// <param name="HourOfDay">Hour of the period start, 0–23 (0 for daily and weekly periods).</param>
/// <param name="EventMask">Bits of the <see cref="EventCalendar"/> events covering the period.</param>
public readonly record struct CalendarFeatures(int DayOfWeek, int Month, int WeekOfYear, int HourOfDay, int EventMask)
{
    /// <summary>True when some event covers the period.</summary>
    public bool IsEvent => EventMask != 0;

    /// <summary>Features of the period starting at <paramref name="periodStart"/> (read as UTC). O(1), no allocation.</summary>
    public static CalendarFeatures Of(DateTime periodStart, CalendarPeriod period, EventCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        int dow = (int)periodStart.DayOfWeek;
        return new CalendarFeatures(
            dow == 0 ? 7 : dow,
            periodStart.Month,
            ISOWeek.GetWeekOfYear(periodStart),
            period == CalendarPeriod.Hour ? periodStart.Hour : 0,
            calendar.Mask(periodStart, period));
    }
}
