namespace ActorCluster.Reports;

/// <summary>Where a report goes: checked before the cluster is read, written whole or not at all.</summary>
public static class ReportFile
{
    /// <summary>Creates the parent folder and proves it writable; throws <see cref="ArgumentException"/> with the reason.</summary>
    public static string Check(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new ArgumentException($"--out {path}: is a directory, expected a file name such as report.html");
        try
        {
            var dir = Path.GetDirectoryName(full)!;
            Directory.CreateDirectory(dir);
            var probe = Path.Combine(dir, $".report-probe-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ArgumentException($"--out {path}: cannot write there: {e.Message}");
        }
        return full;
    }

    /// <summary>Writes beside the target and renames, so a reader never sees half a report.</summary>
    public static async Task WriteAsync(string path, string html, CancellationToken ct)
    {
        var partial = path + ".partial";
        await File.WriteAllTextAsync(partial, html, new System.Text.UTF8Encoding(false), ct);
        File.Move(partial, path, overwrite: true);
    }
}
