namespace ActorCluster.Analytics.Calendar;

/// <summary>An event on the same month and day every year, e.g. Christmas (December 25).</summary>
/// <param name="Month">Month, 1–12.</param>
/// <param name="Day">Day of the month; a day the month lacks in some years (February 29) skips those years.</param>
/// <param name="Days">Length in days, at least 1 (may run into the next year).</param>
public sealed record FixedDateRule(int Month, int Day, int Days = 1) : IEventRule
{
    /// <inheritdoc/>
    public DateRange? RangeIn(int year)
    {
        if (year < 1 || year > 9998 || Month < 1 || Month > 12 || Day < 1 || Days < 1) return null;
        if (Day > DateTime.DaysInMonth(year, Month)) return null;
        return DateRange.OfDays(new DateOnly(year, Month, Day), Days);
    }
}
