using Orleans.Concurrency;

namespace ActorCluster;

/// <summary>
/// One partition of the directory of monitored ASINs (key = partition number, 0 ..
/// <see cref="AsinDirectory.Partitions"/> - 1). Every ASIN grain reports its summary to its partition; the board,
/// the export and the reports list ASINs from here. Persisted on a timer, so it survives a restart.
/// </summary>
public interface IAsinDirectoryGrain : IGrainWithIntegerKey
{
    [OneWay]
    Task Upsert(AsinSummary summary);

    /// <summary>The lines whose version is above <paramref name="afterVersion"/> (0: all of them).</summary>
    Task<AsinDirectoryPage> GetChanges(long afterVersion);

    /// <summary>
    /// The ASINs (with their categories) whose latest pushed alert transition was raised at or after
    /// <paramref name="since"/> (UTC), newest first, at most <paramref name="max"/>.
    /// </summary>
    Task<AsinSummary[]> AlertsChangedSince(DateTime since, int max);
}

/// <summary>Where an ASIN's directory line lives, and reading the whole directory.</summary>
public static class AsinDirectory
{
    public const int Partitions = 8;
    public const int SparklineLength = 30;

    /// <summary>Stable across processes (not string.GetHashCode, which is randomised per process).</summary>
    public static int PartitionOf(string asin)
    {
        uint h = 2166136261;
        foreach (var c in asin) h = (h ^ c) * 16777619;
        return (int)(h % Partitions);
    }

    public static IAsinDirectoryGrain For(IGrainFactory grains, string asin) =>
        grains.GetGrain<IAsinDirectoryGrain>(PartitionOf(asin));

    /// <summary>Every line of every partition, sorted by ASIN.</summary>
    public static async Task<List<AsinSummary>> ReadAllAsync(IGrainFactory grains)
    {
        var pages = await Task.WhenAll(Enumerable.Range(0, Partitions).Select(p => grains.GetGrain<IAsinDirectoryGrain>(p).GetChanges(0)));
        var all = pages.SelectMany(p => p.Changed).ToList();
        all.Sort((a, b) => string.CompareOrdinal(a.Asin, b.Asin));
        return all;
    }
}
