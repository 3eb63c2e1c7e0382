namespace ActorCluster.Client.Export;

/// <summary>Which ASINs an export or report covers: every one in the directory, or those of a file.</summary>
public static class AsinList
{
    /// <summary>
    /// Reads one ASIN per line (blank lines and lines starting with '#' are skipped), normalised and deduplicated
    /// in file order. Throws <see cref="ArgumentException"/> naming the file and line of the first bad one.
    /// </summary>
    public static List<string> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new ArgumentException($"{path}: file not found");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var asins = new List<string>();
        int line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            var text = raw.Trim();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            if (!AsinId.TryNormalize(text, out var asin, out var error))
                throw new ArgumentException($"{path}:{line}: {error}");
            if (seen.Add(asin)) asins.Add(asin);
        }
        return asins;
    }
}
