namespace ActorCluster.Client.Backfill;

/// <summary>
/// FNV-1a (Fowler–Noll–Vo, 64-bit): stable across processes and machines, unlike <see cref="string.GetHashCode()"/>,
/// so partitions and mapped keys are the same on a resumed run.
/// </summary>
public static class StableHash
{
    private const ulong Offset = 14695981039346656037, Prime = 1099511628211;

    public static ulong Fnv1a64(ReadOnlySpan<byte> bytes)
    {
        ulong h = Offset;
        foreach (var b in bytes) h = (h ^ b) * Prime;
        return h;
    }

    public static ulong Fnv1a64(string s, ulong salt = 0)
    {
        ulong h = Offset ^ salt;
        foreach (var c in s) h = (h ^ c) * Prime;
        return h;
    }
}
