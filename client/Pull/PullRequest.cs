namespace ActorCluster.Client.Pull;

/// <summary>What <c>actorcluster pull</c> was asked to do.</summary>
public sealed record PullRequest(
    string Source,
    string SourcesFile,
    string AsinsFile,
    DateTime Since,
    string CursorFile,
    int? MaxPages,
    bool Restart,
    string? RejectsFile,
    int Parallelism);
