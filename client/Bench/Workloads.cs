namespace ActorCluster.Client.Bench;

/// <summary>Names of the timed workloads, as printed and written to the results file.</summary>
public static class Workloads
{
    public const string Echo = "echo";
    public const string Ingest = "ingest";
    public const string IngestBatch = "ingest-batch";
    public const string NpgsqlUpsert = "npgsql-upsert";
}
