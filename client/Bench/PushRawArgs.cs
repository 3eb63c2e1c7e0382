namespace ActorCluster.Client.Bench;

/// <summary>The <c>bench push</c> option values as typed, so a malformed number is our clear error (exit 2).</summary>
public sealed record PushRawArgs(
    string Duration, string WarmUp, string Clients, string Load, string ProbeAsins, string ProbeWorkers, string ProbeGap,
    string QuietDays, string LoadAsins, string LoadBatch, string MinSamples, string Storage, string Ingest, string Protocol,
    string? Postgres, string? Silo, FileInfo? Out);
