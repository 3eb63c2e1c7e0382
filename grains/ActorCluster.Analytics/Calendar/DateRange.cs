namespace ActorCluster.Analytics.Calendar;

/// <summary>An inclusive range of calendar dates, <see cref="First"/> to <see cref="Last"/>.</summary>
public readonly record struct DateRange
{
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public DateRange(DateOnly first, DateOnly last)
    {
        if (last < first) throw new ArgumentException($"range ends ({last:yyyy-MM-dd}) before it starts ({first:yyyy-MM-dd})", nameof(last));
        First = first;
        Last = last;
    }

    /// <summary>A range of <paramref name="days"/> days (at least 1) starting on <paramref name="first"/>.</summary>
    public static DateRange OfDays(DateOnly first, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return new DateRange(first, first.AddDays(days - 1));
    }

    /// <summary>First day of the range.</summary>
    public DateOnly First { get; }

    /// <summary>Last day of the range (inclusive).</summary>
    public DateOnly Last { get; }

    /// <summary>Number of days covered.</summary>
    public int Days => Last.DayNumber - First.DayNumber + 1;

    /// <summary>True when <paramref name="day"/> is within the range.</summary>
    public bool Contains(DateOnly day) => day >= First && day <= Last;

    /// <inheritdoc/>
    public override string ToString() => $"{First:yyyy-MM-dd}..{Last:yyyy-MM-dd}";
}
