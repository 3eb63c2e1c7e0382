using System.Text.Json;

namespace ActorCluster.AlertClient;

/// <summary>Reads an RFC 9457 problem-details answer (or whatever text came) into an <see cref="AlertApiException"/>.</summary>
internal static class ProblemDetails
{
    public static async Task<AlertApiException> ToExceptionAsync(
        HttpMethod method, string pathAndQuery, HttpResponseMessage response, CancellationToken ct)
    {
        string text;
        try { text = await response.Content.ReadAsStringAsync(ct); }
        catch (Exception e) when (e is HttpRequestException or IOException) { text = ""; }
        var (title, detail, errors) = Parse(text);
        var said = detail ?? title ?? (text.Length > 300 ? text[..300] + "…" : text);
        if (errors.Count > 0) said = (said.Length > 0 ? said + " " : "") + "(" + string.Join("; ", errors) + ")";
        var status = $"{(int)response.StatusCode} {response.ReasonPhrase ?? response.StatusCode.ToString()}";
        return new AlertApiException(
            $"{method} {pathAndQuery}: {status}{(said.Length > 0 ? ": " + said : "")}", response.StatusCode, detail ?? title);
    }

    private static (string? Title, string? Detail, List<string> Errors) Parse(string text)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return (null, null, errors);
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return (null, null, errors);
            var root = doc.RootElement;
            if (root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
                foreach (var field in e.EnumerateObject())
                    errors.Add(field.Value.ValueKind == JsonValueKind.Array
                        ? $"{field.Name}: {string.Join(", ", field.Value.EnumerateArray().Select(v => v.ToString()))}"
                        : $"{field.Name}: {field.Value}");
            return (String(root, "title"), String(root, "detail"), errors);
        }
        catch (JsonException) { return (null, null, errors); }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
