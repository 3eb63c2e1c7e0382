namespace ActorCluster.Client.Backfill;

/// <summary>How a backfill runs. Every default is stated once, here.</summary>
public sealed record BackfillSettings
{
    /// <summary>ASINs sent concurrently (default 8); also the bound of the queue between grouping and sending.</summary>
    public int Parallelism { get; init; } = 8;

    /// <summary>Observations per grain call, one durable write each (default 1,000; the grain's limit is 10,000).</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>Rows held in memory before grouping spills to temporary files (default 500,000, roughly 100 MB).</summary>
    public int MaxBufferedRows { get; init; } = 500_000;

    /// <summary>Longest line read, in characters (default 1 MiB); a longer one is skipped unread and rejected.</summary>
    public int MaxLineLength { get; init; } = 1 << 20;

    /// <summary>The layout, or null to detect it from the header (default).</summary>
    public BackfillFormat? Format { get; init; }

    /// <summary>How long one batch is retried on transient cluster failures before the backfill stops (default 2 minutes).</summary>
    public TimeSpan RetryFor { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Where spill files go (default the system temporary folder).</summary>
    public string TempDirectory { get; init; } = Path.GetTempPath();

    /// <summary>Null when the settings are usable, otherwise which one is not.</summary>
    public string? Problem() =>
        Parallelism is < 1 or > 1024 ? $"--parallelism must be 1..1024, was {Parallelism}"
        : BatchSize is < 1 or > 10_000 ? $"--batch-size must be 1..10000 (the grain's limit), was {BatchSize}"
        : MaxBufferedRows < 1000 ? $"--max-buffered-rows must be at least 1000, was {MaxBufferedRows}"
        : MaxLineLength < 64 ? $"--max-line-length must be at least 64, was {MaxLineLength}"
        : null;
}
