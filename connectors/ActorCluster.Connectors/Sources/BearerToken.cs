namespace ActorCluster.Connectors.Sources;

/// <summary>Reads a source's bearer token from its environment variable, else its file; null when it has neither.</summary>
public static class BearerToken
{
    public static string? Resolve(PullSourceOptions source)
    {
        if (source.TokenEnvironmentVariable is { Length: > 0 } name)
        {
            var value = Environment.GetEnvironmentVariable(name);
            if (!string.IsNullOrWhiteSpace(value)) return value.Trim();
        }
        if (source.TokenFile is { Length: > 0 } file)
        {
            if (!File.Exists(file)) throw new InvalidOperationException($"token file '{file}' does not exist");
            var value = File.ReadAllText(file).Trim();
            return value.Length > 0 ? value : throw new InvalidOperationException($"token file '{file}' is empty");
        }
        return null;
    }
}
