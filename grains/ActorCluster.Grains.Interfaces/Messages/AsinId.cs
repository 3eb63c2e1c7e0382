namespace ActorCluster;

/// <summary>
/// Amazon Standard Identification Number rules: after trimming and upper-casing, exactly ten
/// characters from A–Z and 0–9. Clients check before any grain is touched; the grain checks again.
/// </summary>
public static class AsinId
{
    public const int Length = 10;

    /// <summary>Normalises <paramref name="raw"/>; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryNormalize(string? raw, out string asin, out string? error)
    {
        asin = string.Empty;
        if (string.IsNullOrWhiteSpace(raw))
        {
            error = "ASIN is empty";
            return false;
        }
        var s = raw.Trim().ToUpperInvariant();
        if (s.Length != Length)
        {
            error = $"ASIN '{Shorten(raw)}' has {s.Length} characters, expected {Length}";
            return false;
        }
        foreach (var c in s)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            {
                error = $"ASIN '{Shorten(raw)}' contains '{c}', only A-Z and 0-9 are allowed";
                return false;
            }
        }
        asin = s;
        error = null;
        return true;
    }

    /// <summary>Normalises or throws <see cref="ArgumentException"/> naming the problem.</summary>
    public static string Normalize(string? raw) =>
        TryNormalize(raw, out var asin, out var error) ? asin : throw new ArgumentException(error, nameof(raw));

    // Keeps error messages readable (and logs safe) when someone sends a megabyte as an ASIN.
    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
