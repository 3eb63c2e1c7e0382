using System.Globalization;

namespace ActorCluster.AlertClient;

/// <summary>Durations as people type them: a positive whole number and a unit, <c>30s</c>, <c>15m</c>, <c>2h</c>, <c>1d</c>
/// (also <c>500ms</c> and <c>1w</c>), or a .NET time span such as <c>01:30:00</c>.</summary>
public static class AlertDuration
{
    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what was wrong.</summary>
    public static bool TryParse(string? text, out TimeSpan duration, out string? error)
    {
        duration = default;
        error = null;
        var s = text?.Trim() ?? "";
        if (s.Length == 0) { error = "a duration is required (e.g. 30s, 15m, 2h, 1d)"; return false; }
        if (s.Contains(':'))
        {
            if (TimeSpan.TryParse(s, CultureInfo.InvariantCulture, out duration) && duration > TimeSpan.Zero) return true;
            error = $"'{text}' is not a positive time span";
            return false;
        }
        int digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits])) digits++;
        var unit = s[digits..].ToLowerInvariant();
        if (digits == 0 || !long.TryParse(s.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            error = $"'{text}' is not a duration: use a whole number and a unit (30s, 15m, 2h, 1d)";
            return false;
        }
        double? unitSeconds = unit switch
        {
            "ms" => 0.001,
            "s" or "sec" => 1,
            "m" or "min" => 60,
            "h" => 3600,
            "d" => 86_400,
            "w" => 604_800,
            _ => null,
        };
        if (unitSeconds is not { } seconds)
        {
            error = unit.Length == 0
                ? $"'{text}' has no unit: add s, m, h or d (e.g. {n}s)"
                : $"'{text}' has an unknown unit '{unit}': use ms, s, m, h, d or w";
            return false;
        }
        var total = n * seconds;
        if (n == 0 || total > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            error = n == 0 ? $"'{text}' is not a positive duration" : $"'{text}' is too long";
            return false;
        }
        duration = TimeSpan.FromSeconds(total);
        return true;
    }

    /// <summary>Parses <paramref name="text"/> or throws <see cref="FormatException"/> saying what was wrong.</summary>
    public static TimeSpan Parse(string? text) =>
        TryParse(text, out var d, out var error) ? d : throw new FormatException(error);

    /// <summary>The shortest exact form: <c>2h</c>, <c>90m</c>, <c>45s</c>.</summary>
    public static string Format(TimeSpan duration) =>
        duration.Ticks % TimeSpan.TicksPerDay == 0 ? $"{duration.Ticks / TimeSpan.TicksPerDay}d"
        : duration.Ticks % TimeSpan.TicksPerHour == 0 ? $"{duration.Ticks / TimeSpan.TicksPerHour}h"
        : duration.Ticks % TimeSpan.TicksPerMinute == 0 ? $"{duration.Ticks / TimeSpan.TicksPerMinute}m"
        : duration.Ticks % TimeSpan.TicksPerSecond == 0 ? $"{duration.Ticks / TimeSpan.TicksPerSecond}s"
        : $"{duration.TotalMilliseconds:0.###}ms";
}
