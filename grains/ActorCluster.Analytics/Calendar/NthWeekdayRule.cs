namespace ActorCluster.Analytics.Calendar;

/// <summary>
/// An event anchored on the n-th given weekday of a month, shifted by <see cref="OffsetDays"/>:
/// US Thanksgiving is the 4th Thursday of November, Black Friday that plus one day, Cyber Monday plus four.
/// </summary>
/// <param name="Month">Month, 1–12.</param>
/// <param name="Weekday">The anchoring weekday.</param>
/// <param name="Nth">1–5 for the first to fifth occurrence, −1 for the last; a missing fifth skips the year.</param>
/// <param name="OffsetDays">Days from the anchor to the first day of the event (may be negative).</param>
/// <param name="Days">Length in days, at least 1.</param>
public sealed record NthWeekdayRule(int Month, DayOfWeek Weekday, int Nth, int OffsetDays = 0, int Days = 1) : IEventRule
{
    /// <inheritdoc/>
    public DateRange? RangeIn(int year)
    {
        if (year < 2 || year > 9997 || Month < 1 || Month > 12 || Days < 1 || Nth is 0 or < -1 or > 5) return null;
        DateOnly anchor;
        if (Nth > 0)
        {
            var first = new DateOnly(year, Month, 1);
            anchor = first.AddDays(((int)Weekday - (int)first.DayOfWeek + 7) % 7 + 7 * (Nth - 1));
            if (anchor.Month != Month) return null;
        }
        else
        {
            var last = new DateOnly(year, Month, DateTime.DaysInMonth(year, Month));
            anchor = last.AddDays(-(((int)last.DayOfWeek - (int)Weekday + 7) % 7));
        }
        return DateRange.OfDays(anchor.AddDays(OffsetDays), Days);
    }
}
