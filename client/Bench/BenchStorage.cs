namespace ActorCluster.Client.Bench;

/// <summary>The grain-state stores the bench compares; each gets its own silo process.</summary>
public enum BenchStorage
{
    Memory,
    Sqlite,
    Postgres,
}
