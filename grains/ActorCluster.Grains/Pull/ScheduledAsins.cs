using ActorCluster.Connectors.Pull;
using ActorCluster.Connectors.Sources;

namespace ActorCluster.Grains.Pull;

/// <summary>The ASINs a scheduled source pulls: its <c>Asins</c> list and the lines of its <c>AsinsFile</c>.</summary>
internal static class ScheduledAsins
{
    public static IReadOnlyList<string> Read(PullSourceOptions source)
    {
        var lines = new List<string>(source.Asins);
        if (source.AsinsFile is { Length: > 0 } file) lines.AddRange(File.ReadLines(file));
        var asins = AsinList.Parse(lines, out var errors);
        return errors.Count == 0 ? asins : throw new InvalidOperationException("invalid ASINs: " + string.Join("; ", errors.Take(5)));
    }
}
