namespace ActorCluster.Connectors.Profiles;

/// <summary>Keepa time: whole minutes since 2011-01-01T00:00Z.</summary>
public static class KeepaTime
{
    public static readonly DateTime Epoch = new(2011, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static DateTime ToUtc(long minutes) => Epoch.AddMinutes(minutes);

    /// <summary>The Keepa minute holding <paramref name="utc"/> (rounded down).</summary>
    public static long FromUtc(DateTime utc) => (long)Math.Floor((utc - Epoch).TotalMinutes);
}
