using System.Text.Json;
using System.Text.Json.Serialization;
using ActorCluster.Connectors.Sources;

namespace ActorCluster.Client.Pull;

/// <summary>
/// The console's source definitions: a JSON file shaped like the silo's configuration, <c>{"Sources": {"NAME": {…}}}</c>
/// (or the inner object alone), with the same fields as <see cref="PullSourceOptions"/>; durations as <c>"00:00:30"</c>.
/// </summary>
public static class SourcesFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Reads and validates the file; any problem throws <see cref="InvalidOperationException"/> naming it.</summary>
    public static PullSourceCatalog Load(string path)
    {
        if (!File.Exists(path)) throw new InvalidOperationException($"{path}: sources file not found");
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = doc.RootElement;
            foreach (var p in root.EnumerateObject())
                if (string.Equals(p.Name, PullSourceCatalog.Section, StringComparison.OrdinalIgnoreCase)) { root = p.Value; break; }
            var sources = root.Deserialize<Dictionary<string, PullSourceOptions>>(Json)
                          ?? throw new InvalidOperationException($"{path}: no sources");
            return new PullSourceCatalog(sources);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{path}: {e.Message}", e);
        }
    }
}
