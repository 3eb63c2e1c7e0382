namespace ActorCluster;

/// <summary>
/// The alert hub of one silo, as a grain observer: the notifiers of every silo hand it batches of transitions,
/// and it forwards them to the SignalR connections of that silo that subscribed to them.
/// </summary>
public interface IAlertHubObserver : IGrainObserver
{
    /// <summary>Delivers a batch of transitions (any ASINs, ordered by sequence within an ASIN).</summary>
    Task OnAlerts(AlertNotice[] batch);
}

/// <summary>
/// The list of alert hubs in the cluster (one grain, key 0). Every silo registers its hub and renews the
/// registration; hubs of silos that left the cluster are pruned using the membership table.
/// </summary>
public interface IAlertHubRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>Registers (or renews) the hub of the silo <paramref name="silo"/>.</summary>
    Task Register(string silo, IAlertHubObserver hub);

    /// <summary>The hubs of silos that are active members, by silo address.</summary>
    Task<Dictionary<string, IAlertHubObserver>> GetHubs();
}

/// <summary>
/// A recent-transitions journal (partition key = hash of the ASIN, see <see cref="AlertJournal.Partition"/>), so that a
/// client subscribed to categories, tiers or everything can ask for what it missed on ASINs it never heard of.
/// Bounded in memory; the ASIN grains keep the authoritative history.
/// </summary>
public interface IAlertJournalGrain : IGrainWithIntegerKey
{
    /// <summary>Appends notified transitions.</summary>
    Task Append(AlertNotice[] notices);

    /// <summary>
    /// Transitions raised at or after <paramref name="since"/> (UTC), oldest first, at most <paramref name="max"/>, and
    /// whether that is everything the partition was told since then (false when it was activated later, say after
    /// its silo restarted, or has dropped such transitions for room).
    /// </summary>
    Task<AlertJournalPage> Since(DateTime since, int max);
}

/// <summary>What a journal partition holds since a time, and whether it holds all of it.</summary>
[GenerateSerializer, Immutable]
public sealed record AlertJournalPage(
    [property: Id(0)] AlertNotice[] Notices,
    [property: Id(1)] bool Complete);

/// <summary>Journal partitioning.</summary>
public static class AlertJournal
{
    /// <summary>Number of journal partitions.</summary>
    public const int Partitions = 8;

    /// <summary>The partition of an ASIN (stable across processes: not string.GetHashCode).</summary>
    public static int Partition(string asin)
    {
        uint h = 2166136261;
        foreach (char c in asin) h = (h ^ c) * 16777619;
        return (int)(h % Partitions);
    }
}
