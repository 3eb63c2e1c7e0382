namespace ActorCluster.Client.Backfill;

/// <summary>One parsed row: an observation for an ASIN, or the reason it could not be read (and the field at fault).</summary>
public readonly record struct CsvRow(long Line, string? Asin, Observation? Observation, string? Error, string? Field = null)
{
    public bool IsValid => Error is null;

    public static CsvRow Bad(long line, string? asin, string error, string? field = null) => new(line, asin, null, error, field);
}

/// <summary>A row that was not stored, with where it was (file, line, field) and why.</summary>
public sealed record RowRejection(string File, long Line, string? Asin, string Reason, string? Field = null)
{
    public override string ToString() => $"{File}:{Line}: {(Asin is null ? "" : Asin + ": ")}{Reason}";
}
