namespace ActorCluster.Client.Operations;

/// <summary>Reads the cluster's state through Orleans' management grain: membership, runtime statistics, grain counts.</summary>
public static class ClusterStatusService
{
    public static async Task<ClusterStatusReport> ReadAsync(IClusterClient client, string cluster, CancellationToken ct)
    {
        var management = client.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetDetailedHosts(onlyActive: false).WaitAsync(ct);
        var active = hosts.Where(h => h.Status == SiloStatus.Active).Select(h => h.SiloAddress).ToArray();
        var stats = active.Length == 0 ? [] : await management.GetRuntimeStatistics(active).WaitAsync(ct);
        var grains = active.Length == 0 ? [] : await management.GetSimpleGrainStatistics(active).WaitAsync(ct);

        var rows = hosts
            .OrderBy(h => h.Status == SiloStatus.Active ? 0 : 1).ThenBy(h => h.SiloAddress.ToString(), StringComparer.Ordinal)
            .Select(h =>
            {
                var i = Array.IndexOf(active, h.SiloAddress);
                var s = i >= 0 && i < stats.Length ? stats[i] : null;
                var byType = grains.Where(g => g.SiloAddress.Equals(h.SiloAddress))
                    .GroupBy(g => ShortType(g.GrainType)).ToDictionary(g => g.Key, g => g.Sum(x => x.ActivationCount), StringComparer.Ordinal);
                return new SiloStatusRow(h.SiloAddress.ToString(), h.SiloName, h.HostName, h.Status.ToString(), h.ProxyPort,
                    h.StartTime, h.IAmAliveTime, s?.ActivationCount, s?.RecentlyUsedActivationCount,
                    s is null ? null : s.EnvironmentStatistics.FilteredCpuUsagePercentage,
                    s?.EnvironmentStatistics.FilteredMemoryUsageBytes, s?.EnvironmentStatistics.FilteredAvailableMemoryBytes,
                    s?.ClientCount, s?.IsOverloaded, byType);
            }).ToList();
        var total = grains.GroupBy(g => ShortType(g.GrainType))
            .ToDictionary(g => g.Key, g => g.Sum(x => x.ActivationCount), StringComparer.Ordinal);
        return new ClusterStatusReport(cluster, DateTime.UtcNow, rows, total);
    }

    // "ActorCluster.Grains.Asin.AsinGrain,ActorCluster.Grains" -> "AsinGrain": the class name is what an operator looks for.
    private static string ShortType(string type)
    {
        var name = type.Split(',')[0];
        return name[(name.LastIndexOf('.') + 1)..];
    }
}
