namespace ActorCluster.Analytics.Calendar;

/// <summary>
/// A named event of the calendar: a recurrence rule, explicit per-year dates that override it, and the
/// years it runs (e.g. Prime Day from 2015). Immutable.
/// </summary>
public sealed class CalendarEvent
{
    private readonly Dictionary<int, DateRange?> _overrides;

    /// <param name="name">Unique name within a calendar (compared case-insensitively), e.g. "BlackFriday".</param>
    /// <param name="rule">The recurrence; null when the event exists only on its override dates.</param>
    /// <param name="overrides">Year → dates for that year (null: not held that year). Each range must start in its year.</param>
    /// <param name="firstYear">First year the event is held (default: always).</param>
    /// <param name="lastYear">Last year the event is held (default: always).</param>
    public CalendarEvent(string name, IEventRule? rule, IEnumerable<KeyValuePair<int, DateRange?>>? overrides = null, int firstYear = 1, int lastYear = 9999)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (lastYear < firstYear) throw new ArgumentException("lastYear is before firstYear", nameof(lastYear));
        Name = name.Trim();
        Rule = rule;
        FirstYear = firstYear;
        LastYear = lastYear;
        _overrides = [];
        foreach (var (year, range) in overrides ?? [])
        {
            if (range is { } r && (r.First.Year != year || r.Days > 366))
                throw new ArgumentException($"{Name}: the {year} dates {r} must start in {year} and last at most 366 days", nameof(overrides));
            if (!_overrides.TryAdd(year, range)) throw new ArgumentException($"{Name}: {year} is given twice", nameof(overrides));
        }
    }

    /// <summary>An event held only on the given dates (at most one range starting in each year).</summary>
    public static CalendarEvent FromRanges(string name, params IEnumerable<DateRange> ranges) =>
        new(name, null, ranges.Select(r => KeyValuePair.Create(r.First.Year, (DateRange?)r)));

    /// <summary>The event's name.</summary>
    public string Name { get; }

    /// <summary>The recurrence rule, or null for an event defined only by explicit dates.</summary>
    public IEventRule? Rule { get; }

    /// <summary>First year held.</summary>
    public int FirstYear { get; }

    /// <summary>Last year held.</summary>
    public int LastYear { get; }

    /// <summary>Explicit dates per year, overriding <see cref="Rule"/>; a null value cancels that year.</summary>
    public IReadOnlyDictionary<int, DateRange?> Overrides => _overrides;

    /// <summary>The dates of the event that starts in <paramref name="year"/>, or null when none does.</summary>
    public DateRange? RangeIn(int year)
    {
        if (year < FirstYear || year > LastYear) return null;
        return _overrides.TryGetValue(year, out var explicitRange) ? explicitRange : Rule?.RangeIn(year);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
