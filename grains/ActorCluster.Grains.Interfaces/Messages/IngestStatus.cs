namespace ActorCluster;

/// <summary>What the grain did with one observation.</summary>
public enum IngestStatus : byte
{
    /// <summary>New period, stored (possibly late but inside the window).</summary>
    Accepted = 0,
    /// <summary>Same period with identical values: nothing changed.</summary>
    Duplicate = 1,
    /// <summary>Same period with different values: the old values were replaced.</summary>
    Corrected = 2,
    /// <summary>Not stored; <see cref="IngestResult.Reason"/> says why.</summary>
    Rejected = 3,
}
