namespace ActorCluster.Connectors.Pull;

/// <summary>Reads ASIN lists: one per line (or comma-separated), blank lines and <c>#</c> comments skipped, normalised and de-duplicated in order.</summary>
public static class AsinList
{
    public static IReadOnlyList<string> Parse(IEnumerable<string> lines, out List<string> errors)
    {
        errors = [];
        var seen = new HashSet<string>();
        var asins = new List<string>();
        int number = 0;
        foreach (var line in lines)
        {
            number++;
            var text = line.Split('#', 2)[0];
            foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!AsinId.TryNormalize(raw, out var asin, out var error)) errors.Add($"line {number}: {error}");
                else if (seen.Add(asin)) asins.Add(asin);
            }
        }
        return asins;
    }
}
