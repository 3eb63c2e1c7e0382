namespace ActorCluster.Client.Bench;

/// <summary>Finds ActorCluster.Silo.dll: the given path, or the repository's build output (Release first).</summary>
public static class SiloLocator
{
    public const string DllName = "ActorCluster.Silo.dll";

    /// <summary>Throws <see cref="FileNotFoundException"/> saying where it looked.</summary>
    public static string Find(string? given)
    {
        if (given is not null)
        {
            var path = Path.GetFullPath(given);
            if (Directory.Exists(path)) path = Path.Combine(path, DllName);
            return File.Exists(path) ? path : throw new FileNotFoundException($"--silo: {path} does not exist", path);
        }
        var root = FindRepoRoot()
                   ?? throw new FileNotFoundException($"ActorCluster.sln not found above {AppContext.BaseDirectory}; pass --silo PATH to {DllName}");
        // Release first: a Debug silo's figures say little about the product.
        string[] candidates = [Built(root, "Release"), Built(root, "Debug")];
        return candidates.FirstOrDefault(File.Exists)
               ?? throw new FileNotFoundException($"the silo is not built ({candidates[0]} missing); run 'dotnet build {Path.Combine(root, "silo")} -c Release' or pass --silo PATH");
    }

    public static bool IsDebugBuild(string dll) =>
        dll.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static string Built(string root, string configuration) =>
        Path.Combine(root, "silo", "bin", configuration, "net10.0", DllName);

    private static string? FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ActorCluster.sln"))) return dir.FullName;
        return null;
    }
}
