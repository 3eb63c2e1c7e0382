namespace ActorCluster.Client.Connection;

/// <summary>Where the cluster is: a local silo's gateway port, or the PostgreSQL membership table.</summary>
public sealed record ClusterTarget(int GatewayPort, string? Postgres, string ClusterId, string ServiceId, TimeSpan ConnectTimeout)
{
    public override string ToString() =>
        Postgres is null ? $"local silo on gateway port {GatewayPort}" : $"cluster '{ClusterId}' through PostgreSQL";
}
