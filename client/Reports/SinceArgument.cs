using System.Globalization;
using System.Text.RegularExpressions;

namespace ActorCluster.Reports;

/// <summary>
/// A <c>--since</c> value: a duration back from the newest period the cluster holds (<c>7d</c>, <c>24h</c>, <c>2w</c>)
/// or a UTC date/time (<c>2026-01-31</c>, <c>2026-01-31T12:00:00Z</c>). Durations count from the data, not from
/// the wall clock, so a report on backfilled or simulated history covers its last days.
/// </summary>
public sealed partial record SinceArgument(TimeSpan? Span, DateTime? At)
{
    public const string Expected = "expected a duration like 7d, 24h or 2w, or a date like 2026-01-31";

    public static bool TryParse(string? text, out SinceArgument? since, out string? error)
    {
        (since, error) = (null, null);
        var s = text?.Trim() ?? "";
        var m = DurationPattern().Match(s);
        if (m.Success)
        {
            int n = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var unit = m.Groups[2].Value.ToLowerInvariant();
            var span = unit switch { "h" => TimeSpan.FromHours(n), "w" => TimeSpan.FromDays(7 * n), _ => TimeSpan.FromDays(n) };
            if (n > 0 && span <= TimeSpan.FromDays(36_500)) { since = new SinceArgument(span, null); return true; }
        }
        else if (DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
                 && s.Length >= 8 && char.IsDigit(s[0]))
        {
            since = new SinceArgument(null, DateTime.SpecifyKind(at, DateTimeKind.Utc));
            return true;
        }
        error = $"--since '{text}': {Expected}";
        return false;
    }

    /// <summary>The boundary, given the newest period held (null: nothing held, the wall clock stands in).</summary>
    public DateTime Start(DateTime? newest) => At ?? (newest ?? DateTime.UtcNow) - Span!.Value;

    /// <summary>A date includes periods from it on; a duration the periods after its start (7d: the newest 7 days).</summary>
    public bool Includes(DateTime period, DateTime? newest) => At is { } a ? period >= a : period > Start(newest);

    public override string ToString() => At is { } a ? a.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : $"{Span!.Value.TotalDays:0.##} days";

    [GeneratedRegex(@"^(\d{1,6})\s*([dhwDHW])$")]
    private static partial Regex DurationPattern();
}
