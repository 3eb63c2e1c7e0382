using ActorCluster.Analytics.Calendar;

namespace ActorCluster.Analytics.Tests.Calendar;

public class EventCalendarTests
{
    private static readonly EventCalendar Default = EventCalendar.Default;

    private static bool Has(DateOnly day, string name) => (Default.Mask(day) & Default.BitOf(name)) != 0;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2024, 11, 29, 12, 2)]
    [InlineData(2025, 11, 28, 12, 1)]
    [InlineData(2026, 11, 27, 11, 30)]
    public void Black_Friday_and_Cyber_Monday(int year, int bfMonth, int bfDay, int cmMonth, int cmDay)
    {
        Assert.True(Has(D(year, bfMonth, bfDay), AmazonEvents.BlackFriday));
        Assert.False(Has(D(year, bfMonth, bfDay).AddDays(-1), AmazonEvents.BlackFriday));
        Assert.False(Has(D(year, bfMonth, bfDay).AddDays(1), AmazonEvents.BlackFriday));
        Assert.True(Has(D(year, cmMonth, cmDay), AmazonEvents.CyberMonday));
        Assert.False(Has(D(year, cmMonth, cmDay).AddDays(1), AmazonEvents.CyberMonday));
    }

    [Theory]
    [InlineData(2023, 7, 11, 2)] // rule: second Tuesday of July
    [InlineData(2024, 7, 16, 2)] // override
    [InlineData(2025, 7, 8, 4)]  // override: four days
    [InlineData(2026, 7, 14, 2)] // rule, until Amazon announces the dates
    [InlineData(2020, 10, 13, 2)]
    public void Prime_Day(int year, int month, int day, int days)
    {
        var first = D(year, month, day);
        Assert.False(Has(first.AddDays(-1), AmazonEvents.PrimeDay));
        for (int i = 0; i < days; i++) Assert.True(Has(first.AddDays(i), AmazonEvents.PrimeDay), $"{first.AddDays(i)}");
        Assert.False(Has(first.AddDays(days), AmazonEvents.PrimeDay));
    }

    [Fact]
    public void Prime_Day_is_not_held_before_2015_and_Big_Deal_Days_before_2022()
    {
        Assert.Equal(0, Default.Mask(D(2014, 7, 8)));
        Assert.False(Has(D(2021, 10, 12), AmazonEvents.PrimeBigDealDays));
        Assert.True(Has(D(2024, 10, 8), AmazonEvents.PrimeBigDealDays));
        Assert.True(Has(D(2025, 10, 7), AmazonEvents.PrimeBigDealDays));
        Assert.False(Has(D(2025, 10, 14), AmazonEvents.PrimeBigDealDays));
    }

    [Fact]
    public void Christmas_and_the_window_before_it()
    {
        for (int year = 2024; year <= 2026; year++)
        {
            Assert.Equal(Default.BitOf(AmazonEvents.Christmas), Default.Mask(D(year, 12, 25)));
            Assert.Equal(Default.BitOf(AmazonEvents.PreChristmas), Default.Mask(D(year, 12, 15)));
            Assert.Equal(Default.BitOf(AmazonEvents.PreChristmas), Default.Mask(D(year, 12, 24)));
            Assert.Equal(0, Default.Mask(D(year, 12, 14)));
            Assert.Equal(0, Default.Mask(D(year, 12, 26)));
        }
    }

    [Fact]
    public void Hours_take_their_date_and_weeks_any_of_their_days()
    {
        var blackFriday = Default.BitOf(AmazonEvents.BlackFriday);
        Assert.Equal(blackFriday, Default.Mask(new DateTime(2025, 11, 28, 23, 0, 0, DateTimeKind.Utc), CalendarPeriod.Hour));
        Assert.Equal(0, Default.Mask(new DateTime(2025, 11, 29, 0, 0, 0, DateTimeKind.Utc), CalendarPeriod.Hour));
        // ISO week from Monday 2025-11-24 contains Black Friday; the next week from 2025-12-01 contains Cyber Monday.
        Assert.Equal(blackFriday, Default.Mask(new DateTime(2025, 11, 24), CalendarPeriod.Week));
        Assert.Equal(Default.BitOf(AmazonEvents.CyberMonday), Default.Mask(new DateTime(2025, 12, 1), CalendarPeriod.Week));
        Assert.Equal(0, Default.Mask(new DateTime(2025, 11, 17), CalendarPeriod.Week));
    }

    [Fact]
    public void Events_can_be_added_replaced_and_removed()
    {
        var sale = CalendarEvent.FromRanges("SpringSale", new DateRange(D(2025, 3, 25), D(2025, 3, 31)), DateRange.OfDays(D(2026, 3, 20), 3));
        var calendar = Default.With(sale).Without(AmazonEvents.Christmas);
        Assert.True(calendar.IsEvent(D(2025, 3, 31)));
        Assert.True(calendar.IsEvent(D(2026, 3, 22)));
        Assert.False(calendar.IsEvent(D(2027, 3, 25)));
        Assert.False(calendar.IsEvent(D(2025, 12, 25)));
        Assert.Equal(["SpringSale"], calendar.NamesOf(calendar.Mask(D(2025, 3, 28))));
        Assert.Equal(0, calendar.BitOf(AmazonEvents.Christmas));

        var moved = Default.With(new CalendarEvent(AmazonEvents.Christmas, new FixedDateRule(12, 24, 2)));
        Assert.Equal(Default.BitOf(AmazonEvents.Christmas), moved.BitOf(AmazonEvents.Christmas));
        Assert.True((moved.Mask(D(2025, 12, 24)) & moved.BitOf(AmazonEvents.Christmas)) != 0);
    }

    [Fact]
    public void A_range_can_run_into_the_next_year()
    {
        var calendar = EventCalendar.Empty.With(new CalendarEvent("NewYearSale", new FixedDateRule(12, 30, 4)));
        Assert.True(calendar.IsEvent(D(2025, 12, 31)));
        Assert.True(calendar.IsEvent(D(2026, 1, 2)));
        Assert.False(calendar.IsEvent(D(2026, 1, 3)));
        Assert.True(calendar.IsEvent(D(2500, 1, 1))); // outside the cached years: computed directly
    }

    [Fact]
    public void Bad_definitions_are_rejected()
    {
        var e = new CalendarEvent("X", new FixedDateRule(1, 1));
        Assert.Throws<ArgumentException>(() => new EventCalendar([e, new CalendarEvent("x", null)]));
        Assert.Throws<ArgumentException>(() => new CalendarEvent("Y", null, [KeyValuePair.Create(2025, (DateRange?)DateRange.OfDays(new DateOnly(2024, 5, 1), 1))]));
        Assert.Throws<ArgumentException>(() => new DateRange(D(2025, 1, 2), D(2025, 1, 1)));
        Assert.Throws<ArgumentException>(() => new EventCalendar(Enumerable.Range(0, 32).Select(i => new CalendarEvent($"E{i}", null))));
    }
}
