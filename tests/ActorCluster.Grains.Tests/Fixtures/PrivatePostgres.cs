namespace ActorCluster.Grains.Tests.Fixtures;

/// <summary>
/// The private PostgreSQL started by <c>deploy/pg-start.sh</c> (README's test command starts it and exports
/// ACTORCLUSTER_PG). The PostgreSQL tests fail, not skip, without it: a silent skip would hide a broken CI.
/// </summary>
public static class PrivatePostgres
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("ACTORCLUSTER_PG") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException("ACTORCLUSTER_PG is not set: start the private PostgreSQL with deploy/pg-start.sh (README's test command does)");
}
