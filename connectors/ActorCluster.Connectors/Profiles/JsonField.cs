using System.Globalization;
using System.Text.Json;

namespace ActorCluster.Connectors.Profiles;

/// <summary>
/// Typed reads of optional fields of a vendor record: a missing or null field is null, a field of the wrong type
/// is an error naming it. The first error wins; later reads after an error are ignored.
/// </summary>
public ref struct JsonField(JsonElement record)
{
    public RecordError? Error { get; private set; }

    public double? Number(string name)
    {
        if (!Present(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d)) return d;
        return Fail<double?>(name, $"{Show(v)} is not a number");
    }

    public long? Integer(string name)
    {
        if (!Present(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n)) return n;
        return Fail<long?>(name, $"{Show(v)} is not a whole number");
    }

    public string? Text(string name)
    {
        if (!Present(name, out var v)) return null;
        return v.ValueKind == JsonValueKind.String ? v.GetString() : Fail<string?>(name, $"{Show(v)} is not a string");
    }

    public bool? Flag(string name)
    {
        if (!Present(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => Fail<bool?>(name, $"{Show(v)} is not true or false"),
        };
    }

    /// <summary>A required ISO-8601 date (yyyy-MM-dd) as UTC midnight.</summary>
    public DateTime? Date(string name)
    {
        if (!Present(name, out var v)) return Fail<DateTime?>(name, "missing");
        if (v.ValueKind == JsonValueKind.String &&
            DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return Fail<DateTime?>(name, $"{Show(v)} is not an ISO-8601 date (yyyy-MM-dd)");
    }

    private bool Present(string name, out JsonElement value)
    {
        value = default;
        return Error is null && record.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    private T Fail<T>(string name, string reason)
    {
        Error ??= new RecordError(name, reason);
        return default!;
    }

    internal static string Show(JsonElement v)
    {
        var raw = v.GetRawText();
        return raw.Length <= 40 ? raw : raw[..40] + "…";
    }
}
