using System.Text.Json;

namespace ActorCluster.Connectors.Profiles;

/// <summary>
/// One Keepa history: a flat array <c>[time, value, time, value, …]</c> of change events, times in
/// <see cref="KeepaTime"/> minutes ascending, -1 as the value for "none" (out of stock, no rank).
/// </summary>
public static class KeepaHistory
{
    /// <summary>The value written for "no value".</summary>
    public const long Missing = -1;

    /// <summary>
    /// The last value of each UTC day on or after <paramref name="since"/>, or an error naming <paramref name="field"/>;
    /// a null or absent history is empty.
    /// </summary>
    public static RecordError? LastPerDay(JsonElement history, string field, DateTime since, out SortedDictionary<DateTime, long> days)
    {
        days = [];
        if (history.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return null;
        if (history.ValueKind != JsonValueKind.Array) return new RecordError(field, $"expected an array, found {history.ValueKind}");
        int length = history.GetArrayLength();
        if (length % 2 != 0) return new RecordError(field, $"has {length} numbers; time/value pairs need an even count");
        long previous = long.MinValue;
        for (int i = 0; i < length; i += 2)
        {
            JsonElement t = history[i], v = history[i + 1];
            if (t.ValueKind != JsonValueKind.Number || !t.TryGetInt64(out var minutes) || minutes < 0)
                return new RecordError(field, $"time at position {i} ({JsonField.Show(t)}) is not a Keepa minute");
            if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out var value) || value < Missing)
                return new RecordError(field, $"value at position {i + 1} ({JsonField.Show(v)}) is not a whole number ≥ -1");
            if (minutes < previous) return new RecordError(field, $"time at position {i} goes back ({minutes} after {previous})");
            previous = minutes;
            var at = KeepaTime.ToUtc(minutes);
            if (at >= since) days[at.Date] = value;   // later events of the same day overwrite earlier ones
        }
        return null;
    }
}
