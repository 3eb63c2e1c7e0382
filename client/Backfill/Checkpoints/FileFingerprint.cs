namespace ActorCluster.Client.Backfill.Checkpoints;

/// <summary>What identifies the input of a checkpoint: a different size, time or layout means a different file.</summary>
public sealed record FileFingerprint(string Path, long Length, long LastWriteTicks, BackfillFormat? Format)
{
    public static FileFingerprint Of(FileInfo file, BackfillFormat? format) =>
        new(file.FullName, file.Length, file.LastWriteTimeUtc.Ticks, format);

    public string Serialize() => $"{Path}\t{Length}\t{LastWriteTicks}\t{Format?.ToString() ?? "auto"}";
}
