namespace ActorCluster.Analytics.Calendar;

/// <summary>
/// The default retail events of <see cref="EventCalendar.Default"/>, in this order (bit 0 first).
/// </summary>
/// <remarks>
/// Rules and sources (dates as announced by Amazon's press releases, press.aboutamazon.com):
/// <list type="bullet">
/// <item><b>PrimeDay</b>: rule = the second Tuesday of July and the Wednesday after (48 hours), which
/// matches 2022 (Jul 12–13) and 2023 (Jul 11–12). Overrides for the years that differed: 2019 Jul 15–16,
/// 2020 Oct 13–14 (moved by the pandemic), 2021 Jun 21–22, 2024 Jul 16–17, 2025 Jul 8–11 (four days).
/// Later years use the rule until Amazon announces the dates (about a month ahead): add an override then.</item>
/// <item><b>PrimeBigDealDays</b> (October; "Prime Early Access Sale" in 2022): rule = second Tuesday of
/// October and the Wednesday after, which matches 2022–2024; override 2025 Oct 7–8. Held from 2022.</item>
/// <item><b>BlackFriday</b>: the day after US Thanksgiving (the fourth Thursday of November).</item>
/// <item><b>CyberMonday</b>: the Monday after Thanksgiving (Thanksgiving + 4 days).</item>
/// <item><b>PreChristmas</b>: December 15–24, our choice of the last-minute gift window.</item>
/// <item><b>Christmas</b>: December 25.</item>
/// </list>
/// </remarks>
public static class AmazonEvents
{
    public const string PrimeDay = nameof(PrimeDay);
    public const string PrimeBigDealDays = nameof(PrimeBigDealDays);
    public const string BlackFriday = nameof(BlackFriday);
    public const string CyberMonday = nameof(CyberMonday);
    public const string PreChristmas = nameof(PreChristmas);
    public const string Christmas = nameof(Christmas);

    /// <summary>All default events, in bit order.</summary>
    public static IReadOnlyList<CalendarEvent> All { get; } =
    [
        new(PrimeDay, new NthWeekdayRule(7, DayOfWeek.Tuesday, 2, 0, 2),
            [
                Override(2019, 7, 15, 2), Override(2020, 10, 13, 2), Override(2021, 6, 21, 2),
                Override(2024, 7, 16, 2), Override(2025, 7, 8, 4),
            ],
            firstYear: 2015),
        new(PrimeBigDealDays, new NthWeekdayRule(10, DayOfWeek.Tuesday, 2, 0, 2), [Override(2025, 10, 7, 2)], firstYear: 2022),
        new(BlackFriday, new NthWeekdayRule(11, DayOfWeek.Thursday, 4, 1)),
        new(CyberMonday, new NthWeekdayRule(11, DayOfWeek.Thursday, 4, 4)),
        new(PreChristmas, new FixedDateRule(12, 15, 10)),
        new(Christmas, new FixedDateRule(12, 25)),
    ];

    private static KeyValuePair<int, DateRange?> Override(int year, int month, int day, int days) =>
        KeyValuePair.Create(year, (DateRange?)DateRange.OfDays(new DateOnly(year, month, day), days));
}
