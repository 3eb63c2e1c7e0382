namespace ActorCluster.Client.Bench;

/// <summary>Option values as typed, so a malformed number is our clear error (exit 2), not a parser failure.</summary>
public sealed record RawBenchArgs(
    string Duration, string Rounds, string Concurrency, string Asins, string BatchSize,
    string? Storage, string? Postgres, string? Silo, FileInfo? Out);
