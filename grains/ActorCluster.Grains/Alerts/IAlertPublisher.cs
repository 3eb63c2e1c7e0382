namespace ActorCluster.Grains.Alerts;

/// <summary>
/// Where an ASIN grain hands its alert transitions once they are durable. Must never block or throw: the silo's
/// implementation queues them for the hubs, the journal and the red-alert webhook.
/// </summary>
public interface IAlertPublisher
{
    /// <summary>Queues <paramref name="notices"/> (already persisted, in sequence order per ASIN).</summary>
    void Publish(IReadOnlyList<AlertNotice> notices);
}

/// <summary>Drops everything: for hosts without push (tests, benchmarks).</summary>
public sealed class NullAlertPublisher : IAlertPublisher
{
    public void Publish(IReadOnlyList<AlertNotice> notices) { }
}
