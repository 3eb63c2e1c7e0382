using ActorCluster.Connectors.Profiles;

namespace ActorCluster.Connectors.Pull;

/// <summary>A vendor record the connector rejected: where it was (page, chunk, offset, index in the page) and why.</summary>
public sealed record PullRejection(int Page, int Chunk, int Offset, int Record, string? Asin, RecordError Error)
{
    public override string ToString() =>
        $"page {Page} (chunk {Chunk}, offset {Offset}) record {Record}{(Asin is null ? "" : $" [{Asin}]")}: {Error}";
}
