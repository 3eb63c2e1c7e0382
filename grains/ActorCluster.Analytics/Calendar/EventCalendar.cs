namespace ActorCluster.Analytics.Calendar;

/// <summary>
/// A configurable set of named retail events and, for any date, the bit mask of the events covering it:
/// bit i is set when <see cref="Events"/>[i] covers the date. Immutable and safe to share between grains.
/// </summary>
/// <remarks>
/// <para>Lookups are O(1) and allocation-free: each year's masks are built once, on the first lookup of
/// that year (a 366-int table, published lock-free; a race only builds the same table twice). Years
/// outside 1900–2199 are computed on each call from the rules, still without allocating.</para>
/// <para>Periods: an hour takes its UTC date's mask; a week (7 days from its start) the OR of its days.</para>
/// <para>Bits are positional: removing an event renumbers the ones after it, so a persisted mask must be
/// read with the calendar (the feature-set version) that produced it.</para>
/// </remarks>
public sealed class EventCalendar
{
    /// <summary>Most events a calendar can hold (bits of a non-negative <see cref="int"/>).</summary>
    public const int MaxEvents = 31;

    private const int FirstCachedYear = 1900;
    private const int CachedYears = 300;

    private readonly CalendarEvent[] _events;
    private readonly int[]?[] _years = new int[]?[CachedYears];

    /// <exception cref="ArgumentException">Names repeat (case-insensitively) or there are more than <see cref="MaxEvents"/>.</exception>
    public EventCalendar(IEnumerable<CalendarEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        _events = [.. events];
        if (_events.Length > MaxEvents) throw new ArgumentException($"at most {MaxEvents} events, got {_events.Length}", nameof(events));
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in _events)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(events));
            if (!names.Add(e.Name)) throw new ArgumentException($"event '{e.Name}' appears twice", nameof(events));
        }
    }

    /// <summary>The Amazon defaults of <see cref="AmazonEvents"/>.</summary>
    public static EventCalendar Default { get; } = new(AmazonEvents.All);

    /// <summary>A calendar without events.</summary>
    public static EventCalendar Empty { get; } = new([]);

    /// <summary>The events, in bit order.</summary>
    public IReadOnlyList<CalendarEvent> Events => _events;

    /// <summary>A copy with <paramref name="calendarEvent"/> added, or replacing (same bit) an event of the same name.</summary>
    public EventCalendar With(CalendarEvent calendarEvent)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        int i = IndexOf(calendarEvent.Name);
        var events = _events.ToList();
        if (i >= 0) events[i] = calendarEvent; else events.Add(calendarEvent);
        return new EventCalendar(events);
    }

    /// <summary>A copy without the event named <paramref name="name"/> (unchanged when absent).</summary>
    public EventCalendar Without(string name) =>
        IndexOf(name) < 0 ? this : new EventCalendar(_events.Where(e => !string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The mask bit of the named event, or 0 when the calendar has no such event.</summary>
    public int BitOf(string name) => IndexOf(name) is var i and >= 0 ? 1 << i : 0;

    /// <summary>The names of the events whose bits are set in <paramref name="mask"/>.</summary>
    public IReadOnlyList<string> NamesOf(int mask) =>
        [.. _events.Where((_, i) => (mask & (1 << i)) != 0).Select(e => e.Name)];

    /// <summary>True when some event covers <paramref name="day"/>.</summary>
    public bool IsEvent(DateOnly day) => Mask(day) != 0;

    /// <summary>The events covering <paramref name="day"/>.</summary>
    public int Mask(DateOnly day)
    {
        int slot = day.Year - FirstCachedYear;
        if ((uint)slot >= CachedYears) return Compute(day);
        var table = Volatile.Read(ref _years[slot]) ?? Build(slot);
        return table[day.DayOfYear - 1];
    }

    /// <summary>The events covering any of the <paramref name="days"/> days from <paramref name="first"/>.</summary>
    public int Mask(DateOnly first, int days)
    {
        int mask = 0;
        for (int d = 0; d < days; d++) mask |= Mask(first.AddDays(d));
        return mask;
    }

    /// <summary>The events covering a period starting at <paramref name="periodStart"/> (read as UTC).</summary>
    public int Mask(DateTime periodStart, CalendarPeriod period)
    {
        var day = DateOnly.FromDateTime(periodStart);
        return period == CalendarPeriod.Week ? Mask(day, 7) : Mask(day);
    }

    private int IndexOf(string name) =>
        Array.FindIndex(_events, e => string.Equals(e.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    private int[] Build(int slot)
    {
        int year = FirstCachedYear + slot;
        var table = new int[DateTime.IsLeapYear(year) ? 366 : 365];
        var start = new DateOnly(year, 1, 1);
        for (int i = 0; i < _events.Length; i++)
        {
            // A range starts in its own year and lasts at most 366 days, so only this and the previous year reach here.
            for (int y = year - 1; y <= year; y++)
            {
                if (_events[i].RangeIn(y) is not { } r) continue;
                int from = Math.Max(0, r.First.DayNumber - start.DayNumber);
                int to = Math.Min(table.Length - 1, r.Last.DayNumber - start.DayNumber);
                for (int d = from; d <= to; d++) table[d] |= 1 << i;
            }
        }
        return Interlocked.CompareExchange(ref _years[slot], table, null) ?? table;
    }

    private int Compute(DateOnly day)
    {
        int mask = 0;
        for (int i = 0; i < _events.Length; i++)
        {
            for (int y = day.Year - 1; y <= day.Year; y++)
            {
                if (_events[i].RangeIn(y) is { } r && r.Contains(day)) mask |= 1 << i;
            }
        }
        return mask;
    }
}
