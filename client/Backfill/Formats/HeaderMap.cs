namespace ActorCluster.Client.Backfill.Formats;

/// <summary>Column positions by name (case-insensitive, surrounding spaces ignored), with aliases for export variants.</summary>
public sealed class HeaderMap
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<int> _used = [];

    public HeaderMap(IReadOnlyList<string> header)
    {
        Header = header;
        for (int i = 0; i < header.Count; i++) _index.TryAdd(header[i].Trim(), i);
    }

    public IReadOnlyList<string> Header { get; }

    /// <summary>The first of <paramref name="names"/> present, or -1; a found column counts as used.</summary>
    public int Find(params string[] names)
    {
        foreach (var n in names)
            if (_index.TryGetValue(n, out var i)) { _used.Add(i); return i; }
        return -1;
    }

    public bool Has(params string[] names) => names.Any(_index.ContainsKey);

    /// <summary>One warning per column no binding used, so a typo in a header is visible.</summary>
    public IEnumerable<string> Unused(string fileName) =>
        Enumerable.Range(0, Header.Count).Where(i => !_used.Contains(i) && Header[i].Length > 0)
            .Select(i => $"{fileName}:1: unknown column '{Backfill.CellReader.Shorten(Header[i])}' (column {i + 1}) is ignored");
}
