namespace ActorCluster.Client.Export;

/// <summary>How much the export holds in memory before writing.</summary>
public sealed record ExportLimits
{
    /// <summary>Rows per Parquet row group (default 20,000; readers want groups of thousands, not one per ASIN).</summary>
    public int RowGroupRows { get; init; } = 20_000;

    /// <summary>Rows buffered over all months of one table before the largest buffer is written early (default 100,000).</summary>
    public int MaxBufferedRows { get; init; } = 100_000;

    /// <summary>ASINs fetched from the cluster ahead of the writer (default 8).</summary>
    public int Prefetch { get; init; } = 8;
}
