namespace ActorCluster.EndToEnd.Tests.Backfill;

/// <summary>
/// The read-only data sets in <c>../shared/data</c> beside the repository clone, read in place (never copied);
/// ACTORCLUSTER_SHARED_DATA overrides the location.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(() =>
        Environment.GetEnvironmentVariable("ACTORCLUSTER_SHARED_DATA") is { Length: > 0 } env
            ? env
            : Path.GetFullPath(Path.Combine(Processes.RepoPaths.Root, "..", "shared", "data")));

    public static string PathOf(string relative)
    {
        var path = Path.Combine(Root.Value, relative);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} not found; set ACTORCLUSTER_SHARED_DATA to the shared data folder", path);
    }
}
