namespace ActorCluster.Connectors.Sources;

/// <summary>The named source definitions, validated when built.</summary>
public sealed class PullSourceCatalog(IReadOnlyDictionary<string, PullSourceOptions> sources)
{
    /// <summary>The configuration section holding one child per source.</summary>
    public const string Section = "Sources";

    public IReadOnlyDictionary<string, PullSourceOptions> Sources { get; } = Validated(sources);

    /// <summary>The source named <paramref name="name"/>; an unknown name throws <see cref="ArgumentException"/> listing the known ones.</summary>
    public PullSourceOptions Get(string name) => Sources.TryGetValue(name, out var s)
        ? s
        : throw new ArgumentException($"unknown source '{name}'; defined: {(Sources.Count == 0 ? "none" : string.Join(", ", Sources.Keys))}");

    private static Dictionary<string, PullSourceOptions> Validated(IReadOnlyDictionary<string, PullSourceOptions> sources)
    {
        foreach (var (name, s) in sources) s.Validate(name);
        return new(sources, StringComparer.OrdinalIgnoreCase);
    }
}
