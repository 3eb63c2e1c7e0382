using System.Text;

namespace ActorCluster.Client.Backfill.Formats;

/// <summary>
/// Deterministic ASIN keys for series ids that are not ASINs (M5's <c>FOODS_1_001</c>, a wide file's <c>S01</c>):
/// an id that already is a valid ASIN is used as it is; any other id becomes "Z" followed by nine base-32
/// characters (A–Z, 2–7) of the 64-bit FNV-1a hash of its trimmed UTF-8 bytes (the hash's top 45 bits).
/// No real ASIN starts with Z, so mapped keys never clash with real ones. The same id always gives the same
/// key, on every machine and run; two ids sharing a key (odds about n²/2^46) are caught by <see cref="SeriesAsinMap"/>.
/// </summary>
public static class SeriesAsin
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string For(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (AsinId.TryNormalize(id, out var asin, out _)) return asin;
        ulong h = StableHash.Fnv1a64(Encoding.UTF8.GetBytes(id.Trim()));
        Span<char> key = stackalloc char[AsinId.Length];
        key[0] = 'Z';
        for (int i = 1; i < key.Length; i++) key[i] = Alphabet[(int)((h >> (64 - 5 * i)) & 31)];
        return new string(key);
    }
}

/// <summary>The ids a file mapped to ASIN keys, refusing a second id on a key already taken.</summary>
public sealed class SeriesAsinMap
{
    private readonly Dictionary<string, string> _idByAsin = [];
    private readonly Dictionary<string, string> _asinById = [];

    /// <summary>Every id seen and its key, in first-seen order.</summary>
    public IReadOnlyDictionary<string, string> AsinById => _asinById;

    /// <summary>The key of <paramref name="id"/>, or null with <paramref name="error"/> when another id holds it.</summary>
    public string? Map(string id, out string? error)
    {
        error = null;
        if (_asinById.TryGetValue(id, out var known)) return known;
        var asin = SeriesAsin.For(id);
        if (_idByAsin.TryGetValue(asin, out var other))
        {
            error = $"series '{CellReader.Shorten(id)}' maps to ASIN {asin}, already taken by '{CellReader.Shorten(other)}'";
            return null;
        }
        _idByAsin[asin] = id;
        _asinById[id] = asin;
        return asin;
    }
}
