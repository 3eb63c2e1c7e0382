using ActorCluster.Connectors.Profiles;

namespace ActorCluster.Connectors.Pull;

/// <summary>One fetched and mapped page, and where the pull goes next.</summary>
public sealed record PulledPage(
    int Chunk,
    int Offset,
    int Records,
    IReadOnlyList<AsinObservation> Observations,
    IReadOnlyList<PullRejection> Rejections,
    int NextChunk,
    int NextOffset,
    bool Last);
