namespace ActorCluster.Client.Operations;

/// <summary>What <c>actorcluster cluster status</c> shows: every silo the membership table knows, with its load.</summary>
public sealed record ClusterStatusReport(string Cluster, DateTime TakenUtc, IReadOnlyList<SiloStatusRow> Silos, IReadOnlyDictionary<string, int> GrainsByType)
{
    public int ActiveSilos => Silos.Count(s => s.Status == "Active");
    public int Activations => Silos.Sum(s => s.Activations ?? 0);
}

/// <summary>
/// One silo: its address and membership status; for active silos their runtime statistics (activation count, CPU in
/// percent of the machine, the process' memory in bytes, connected clients) and activations per grain type. Statistics
/// are null for silos that are not active or did not answer.
/// </summary>
public sealed record SiloStatusRow(
    string Address,
    string Name,
    string Host,
    string Status,
    int GatewayPort,
    DateTime StartedUtc,
    DateTime LastAliveUtc,
    int? Activations,
    int? RecentlyUsedActivations,
    double? CpuPercent,
    long? MemoryBytes,
    long? AvailableMemoryBytes,
    long? Clients,
    bool? Overloaded,
    IReadOnlyDictionary<string, int> GrainsByType);
