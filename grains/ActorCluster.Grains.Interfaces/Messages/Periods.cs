namespace ActorCluster;

/// <summary>Period arithmetic on UTC timestamps.</summary>
public static class Periods
{
    /// <summary>Aligns <paramref name="t"/> down to the start of its period (UTC).</summary>
    public static DateTime Floor(DateTime t, PeriodKind kind)
    {
        var utc = t.Kind == DateTimeKind.Local ? t.ToUniversalTime() : DateTime.SpecifyKind(t, DateTimeKind.Utc);
        return kind switch
        {
            PeriodKind.Hour => new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, DateTimeKind.Utc),
            PeriodKind.Week => utc.Date.AddDays(-(((int)utc.DayOfWeek + 6) % 7)),
            _ => utc.Date,
        };
    }

    /// <summary>The length of one period.</summary>
    public static TimeSpan Length(PeriodKind kind) => kind switch
    {
        PeriodKind.Hour => TimeSpan.FromHours(1),
        PeriodKind.Week => TimeSpan.FromDays(7),
        _ => TimeSpan.FromDays(1),
    };

    /// <summary>Whole periods from <paramref name="from"/> to <paramref name="to"/> (both aligned).</summary>
    public static long Between(DateTime from, DateTime to, PeriodKind kind) => (to - from).Ticks / Length(kind).Ticks;

    /// <summary>Season length used by the forecasters: 7 daily, 24 hourly, 52 weekly.</summary>
    public static int SeasonLength(PeriodKind kind) => kind switch
    {
        PeriodKind.Hour => 24,
        PeriodKind.Week => 52,
        _ => 7,
    };
}
