using Orleans.Runtime;

namespace ActorCluster.Grains.Alerts;

/// <summary>
/// Keeps one hub observer per silo. Registrations are renewed by each silo every few seconds; a hub is returned
/// only while its silo is an active member of the cluster and its registration is fresh, so a dead silo's hub
/// drops out as soon as membership declares it dead (or after <see cref="Expiry"/> at the latest).
/// </summary>
public sealed class AlertHubRegistryGrain(IClusterMembershipService membership, TimeProvider clock) : Grain, IAlertHubRegistryGrain
{
    /// <summary>A registration not renewed for this long is dropped.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(45);

    private readonly Dictionary<string, (IAlertHubObserver Hub, DateTime Seen)> _hubs = new(StringComparer.Ordinal);

    public Task Register(string silo, IAlertHubObserver hub)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(silo);
        ArgumentNullException.ThrowIfNull(hub);
        _hubs[silo] = (hub, clock.GetUtcNow().UtcDateTime);
        return Task.CompletedTask;
    }

    public Task<Dictionary<string, IAlertHubObserver>> GetHubs()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var active = membership.CurrentSnapshot.Members.Values
            .Where(m => m.Status == SiloStatus.Active)
            .Select(m => m.SiloAddress.ToParsableString())
            .ToHashSet(StringComparer.Ordinal);
        foreach (var silo in _hubs.Keys.ToList())
            if (!active.Contains(silo) || now - _hubs[silo].Seen > Expiry) _hubs.Remove(silo);
        return Task.FromResult(_hubs.ToDictionary(h => h.Key, h => h.Value.Hub, StringComparer.Ordinal));
    }
}
