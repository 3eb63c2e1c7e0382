namespace ActorCluster.Client.Export;

/// <summary>What an export wrote; also the body of <c>manifest.json</c>.</summary>
public sealed record ExportSummary
{
    public required string Format { get; init; }
    public required string FeatureSetVersion { get; init; }
    public required string ModelVersion { get; init; }
    public required string FeatureSetFingerprint { get; init; }
    public required string EventCalendar { get; init; }
    public required DateTime ExportedAt { get; init; }
    /// <summary>First period included, or null for the whole window.</summary>
    public DateTime? Since { get; init; }
    public int AsinsRequested { get; init; }
    public int AsinsExported { get; init; }
    /// <summary>ASINs asked for whose grain holds no observation (nothing to export).</summary>
    public List<string> AsinsWithoutData { get; init; } = [];
    public long FeatureRows { get; init; }
    public long ForecastRows { get; init; }
    public List<PartitionFile> FeatureFiles { get; init; } = [];
    public List<PartitionFile> ForecastFiles { get; init; } = [];
    /// <summary>ASINs whose replayed latest features equal their grain's live view exactly.</summary>
    public int LiveMatched { get; init; }
    /// <summary>ASINs whose replayed latest features differ from the live view, with the differing features.</summary>
    public Dictionary<string, List<string>> LiveDiffered { get; init; } = [];
}
