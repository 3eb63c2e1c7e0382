namespace ActorCluster.Client.Export;

/// <summary>Checks and prepares the <c>--out</c> directory before anything is read from the cluster.</summary>
public static class ExportDirectory
{
    public const string Features = "features";
    public const string Forecasts = "forecasts";
    public const string Manifest = "manifest.json";

    /// <summary>
    /// Creates <paramref name="dir"/>, proves it writable, and refuses (or with <paramref name="overwrite"/> removes) a
    /// previous export in it. Throws <see cref="ArgumentException"/> with the reason.
    /// </summary>
    public static void Prepare(string dir, bool overwrite)
    {
        try
        {
            Directory.CreateDirectory(dir);
            var probe = Path.Combine(dir, $".write-probe-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ArgumentException($"--out {dir}: cannot write there: {e.Message}");
        }
        var previous = new[] { Features, Forecasts, Manifest }.Select(n => Path.Combine(dir, n))
            .Where(p => Directory.Exists(p) || File.Exists(p)).ToList();
        if (previous.Count == 0) return;
        if (!overwrite)
            throw new ArgumentException($"--out {dir} already holds an export ({string.Join(", ", previous.Select(Path.GetFileName))}): choose an empty directory or pass --overwrite");
        foreach (var p in previous)
            if (Directory.Exists(p)) Directory.Delete(p, recursive: true); else File.Delete(p);
    }
}
