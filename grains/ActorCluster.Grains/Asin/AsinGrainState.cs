namespace ActorCluster.Grains.Asin;

/// <summary>
/// What an ASIN grain persists. The window is kept as compact encoded blocks
/// (<see cref="Storage.ObservationWindowCodec"/>); everything derived from it is rebuilt on activation.
/// </summary>
[GenerateSerializer]
public sealed class AsinGrainState
{
    /// <summary>Schema of this record, raised when a field changes meaning.</summary>
    [Id(0)] public int SchemaVersion { get; set; } = 1;
    [Id(1)] public PeriodKind Period { get; set; }
    /// <summary>The window as encoded blocks of consecutive periods, oldest first (see <see cref="ObservationWindow"/>).</summary>
    [Id(7)] public List<byte[]> WindowBlocks { get; set; } = [];
    [Id(3)] public IngestCounts Counts { get; set; } = new();
    [Id(4)] public List<Rejection> Rejections { get; set; } = [];
    [Id(5)] public string? Currency { get; set; }
    [Id(6)] public string? Category { get; set; }
    /// <summary>The alert lifecycle (<see cref="Alerts.AlertStateCodec"/>); null before the first live period.</summary>
    [Id(8)] public byte[]? Alerts { get; set; }
    /// <summary>Recent-weight cuts the feedback rule made per metric (Units, Price, SalesRank); null when none yet.</summary>
    [Id(9)] public double[]? FeedbackPenalty { get; set; }
}
