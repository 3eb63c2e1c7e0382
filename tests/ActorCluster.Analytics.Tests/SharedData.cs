namespace ActorCluster.Analytics.Tests;

/// <summary>
/// Locates the read-only data sets in <c>../shared/data</c> (beside the repository clone); the
/// ACTORCLUSTER_SHARED_DATA environment variable overrides the location.
/// </summary>
public static class SharedData
{
    public static string Root { get; } = Locate();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string Locate()
    {
        var env = Environment.GetEnvironmentVariable("ACTORCLUSTER_SHARED_DATA");
        if (!string.IsNullOrEmpty(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ActorCluster.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
        }
        throw new DirectoryNotFoundException("shared/data not found beside the repository; set ACTORCLUSTER_SHARED_DATA");
    }
}
