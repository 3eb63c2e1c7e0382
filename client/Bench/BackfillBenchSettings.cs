namespace ActorCluster.Client.Bench;

/// <summary>What <c>bench backfill</c> loads and where. Defaults: 10,000 ASINs × 730 days, SQLite and (when a database is given) PostgreSQL.</summary>
public sealed record BackfillBenchSettings
{
    public int Asins { get; init; } = 10_000;
    public int Days { get; init; } = 730;
    /// <summary>ASINs of the second, smaller file that shows client memory does not grow with the file (0: skip it; default a quarter).</summary>
    public int SmallAsins { get; init; }
    public int Parallelism { get; init; } = 16;
    public int BatchSize { get; init; } = 1000;
    /// <summary>The backfill's grouping budget; files above it spill, which is what keeps client memory flat (default the backfill's 500,000).</summary>
    public int MaxBufferedRows { get; init; } = 500_000;
    public IReadOnlyList<BenchStorage> Storages { get; init; } = [BenchStorage.Sqlite];
    public string? Postgres { get; init; }
    public required string SiloDll { get; init; }
    public FileInfo? Out { get; init; }
    /// <summary>Where the generated files go (default the temp folder); they are deleted after the run.</summary>
    public string WorkDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "actorcluster-bench-backfill");
}
