using ActorCluster.Analytics.Calendar;

namespace ActorCluster.Analytics.Tests.Calendar;

public class NthWeekdayRuleTests
{
    [Theory]
    [InlineData(2024, 28)]
    [InlineData(2025, 27)]
    [InlineData(2026, 26)]
    public void Fourth_Thursday_of_November_is_US_Thanksgiving(int year, int day) =>
        Assert.Equal(new DateOnly(year, 11, day), new NthWeekdayRule(11, DayOfWeek.Thursday, 4).RangeIn(year)!.Value.First);

    [Fact]
    public void Last_and_missing_fifth_occurrences()
    {
        Assert.Equal(new DateOnly(2025, 5, 26), new NthWeekdayRule(5, DayOfWeek.Monday, -1).RangeIn(2025)!.Value.First); // US Memorial Day
        Assert.Null(new NthWeekdayRule(2, DayOfWeek.Monday, 5).RangeIn(2025));
        Assert.Null(new FixedDateRule(2, 29).RangeIn(2025));
        Assert.Equal(new DateOnly(2024, 2, 29), new FixedDateRule(2, 29).RangeIn(2024)!.Value.First);
    }
}
