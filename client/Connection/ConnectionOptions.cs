using System.CommandLine;

namespace ActorCluster.Client.Connection;

/// <summary>The options every cluster command shares: where the cluster is and how to find it.</summary>
public static class ConnectionOptions
{
    public static readonly Option<int> GatewayPort = new("--gateway-port")
    {
        Description = "Gateway port of the local silo (localhost clustering)",
        DefaultValueFactory = _ => 30000,
        Recursive = true,
    };

    public static readonly Option<string?> Postgres = new("--postgres")
    {
        Description = "Find the silos through PostgreSQL (ADO.NET clustering) with this Npgsql connection string; " +
                      "'env' reads ACTORCLUSTER_PG. Without it the client connects to the local silo.",
        Recursive = true,
    };

    public static readonly Option<string> ClusterId = new("--cluster-id")
    {
        Description = "Orleans cluster id", DefaultValueFactory = _ => "actorcluster", Recursive = true,
    };

    public static readonly Option<string> ServiceId = new("--service-id")
    {
        Description = "Orleans service id", DefaultValueFactory = _ => "actorcluster", Recursive = true,
    };

    public static readonly Option<int> ConnectTimeout = new("--connect-timeout")
    {
        Description = "Seconds to keep trying to reach the cluster", DefaultValueFactory = _ => 30, Recursive = true,
    };

    public static IEnumerable<Option> All => [GatewayPort, Postgres, ClusterId, ServiceId, ConnectTimeout];

    public static ClusterTarget Read(ParseResult parse)
    {
        var pg = parse.GetValue(Postgres);
        if (string.Equals(pg, "env", StringComparison.OrdinalIgnoreCase))
            pg = Environment.GetEnvironmentVariable("ACTORCLUSTER_PG")
                 ?? throw new InvalidOperationException("--postgres env given but ACTORCLUSTER_PG is not set");
        return new ClusterTarget(parse.GetValue(GatewayPort), pg, parse.GetValue(ClusterId)!, parse.GetValue(ServiceId)!,
            TimeSpan.FromSeconds(parse.GetValue(ConnectTimeout)));
    }
}
