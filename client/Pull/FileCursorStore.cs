using System.Text.Json;
using ActorCluster.Connectors.Pull;

namespace ActorCluster.Client.Pull;

/// <summary>
/// Keeps the console's pull cursor in a JSON file, replaced atomically (write a temporary file, then rename) so a
/// kill mid-write leaves the previous cursor, never half of one.
/// </summary>
public sealed class FileCursorStore(string path) : IPullCursorStore
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public async Task<PullCursor?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path)) return null;
        try
        {
            await using var file = File.OpenRead(Path);
            return await JsonSerializer.DeserializeAsync<PullCursor>(file, Json, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{Path}: unreadable cursor ({e.Message}); delete it or pass --restart", e);
        }
    }

    public async Task SaveAsync(PullCursor cursor, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = Path + ".tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(cursor, Json), cancellationToken);
        File.Move(temporary, Path, overwrite: true);
    }
}
