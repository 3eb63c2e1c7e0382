namespace ActorCluster.Client.Backfill;

/// <summary>One parsed row: an observation for an ASIN, or the reason it could not be read.</summary>
public readonly record struct CsvRow(long Line, string? Asin, Observation? Observation, string? Error)
{
    public bool IsValid => Error is null;
}

/// <summary>A row that was not stored, with where it was and why.</summary>
public sealed record RowRejection(string File, long Line, string? Asin, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {(Asin is null ? "" : Asin + ": ")}{Reason}";
}
