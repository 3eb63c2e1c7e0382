using ActorCluster.Analytics.Calendar;

namespace ActorCluster.Analytics.Tests.Calendar;

public class CalendarFeaturesTests
{
    [Theory]
    [InlineData(2024, 1, 1, 1, 1)]    // Monday, ISO week 1
    [InlineData(2024, 12, 29, 7, 52)] // Sunday
    [InlineData(2024, 12, 30, 1, 1)]  // Monday of ISO week 1 of 2025
    [InlineData(2026, 1, 1, 4, 1)]    // Thursday: week 1
    [InlineData(2026, 12, 31, 4, 53)] // 2026 has 53 ISO weeks
    [InlineData(2027, 1, 1, 5, 53)]   // Friday still in week 53 of 2026
    public void Day_of_week_and_iso_week(int y, int m, int d, int dayOfWeek, int week)
    {
        var f = CalendarFeatures.Of(new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Utc), CalendarPeriod.Day, EventCalendar.Empty);
        Assert.Equal(dayOfWeek, f.DayOfWeek);
        Assert.Equal(week, f.WeekOfYear);
        Assert.Equal(m, f.Month);
        Assert.Equal(0, f.HourOfDay);
        Assert.False(f.IsEvent);
    }

    [Fact]
    public void Hourly_periods_carry_the_hour()
    {
        var f = CalendarFeatures.Of(new DateTime(2025, 12, 25, 17, 0, 0, DateTimeKind.Utc), CalendarPeriod.Hour, EventCalendar.Default);
        Assert.Equal(17, f.HourOfDay);
        Assert.True(f.IsEvent);
    }
}
