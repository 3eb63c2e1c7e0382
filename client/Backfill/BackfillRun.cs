using ActorCluster.Client.Backfill.Checkpoints;
using ActorCluster.Client.Backfill.Sending;
using ActorCluster.Client.Commands;

namespace ActorCluster.Client.Backfill;

/// <summary>One invocation of <c>backfill</c>: checkpoint, reject file, display, summary, exit code.</summary>
public sealed class BackfillRun(FileInfo file, BackfillSettings settings, FileInfo? checkpointFile, bool fresh, FileInfo? rejectsFile, FileInfo? idMapFile)
{
    public async Task<int> ExecuteAsync(IClusterClient client, CancellationToken ct)
    {
        var checkpointPath = checkpointFile?.FullName ?? DefaultCheckpointPath(file);
        BackfillCheckpoint checkpoint;
        try { checkpoint = BackfillCheckpoint.Open(checkpointPath, FileFingerprint.Of(file, settings.Format), file.Name, fresh); }
        catch (BackfillFileException e) { return ClusterCommand.Error(e.Message, ExitCodes.BadInput); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ClusterCommand.Error($"cannot write the checkpoint {checkpointPath}: {e.Message}", ExitCodes.BadInput);
        }
        using var _ = checkpoint;
        if (checkpoint.Resumed) Console.Error.WriteLine($"resuming from {checkpointPath}: {checkpoint.CompletedAsins} ASINs already complete");
        var progress = new BackfillProgress { TotalBytes = file.Length };
        var service = new BackfillService(client, settings, progress);
        service.Retrying += (asin, e) =>
        {
            progress.Retries++;
            Console.Error.WriteLine($"retrying {asin} after {e.GetType().Name}: {e.Message.Split('\n')[0]}");
        };
        BackfillSummary summary;
        RejectSink rejects;
        try { rejects = new RejectSink(rejectsFile?.FullName); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ClusterCommand.Error($"cannot write the reject file {rejectsFile!.FullName}: {e.Message}", ExitCodes.BadInput);
        }
        using (rejects)
        {
            try { summary = await new BackfillDisplay(progress, file.Name).RunAsync(service.RunAsync(file, checkpoint, rejects, ct)); }
            catch (BackfillFileException e)
            {
                if (!checkpoint.Resumed) checkpoint.Delete();
                return ClusterCommand.Error(e.Message, ExitCodes.BadInput);
            }
            catch (BackfillStoppedException e)
            {
                return ClusterCommand.Error($"{e.Message}; progress is saved in {checkpointPath}: run the same command again to resume", ExitCodes.Failure);
            }
        }
        checkpoint.Delete();
        BackfillPrinter.Print(summary, file.Name);
        if (idMapFile is not null && summary.MappedIds.Count > 0)
            await File.WriteAllLinesAsync(idMapFile.FullName, ["id,asin", .. summary.MappedIds.Select(p => $"\"{p.Key.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{p.Value}")], ct);
        return summary.Stored + summary.Counts.Duplicates > 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    /// <summary>FILE.checkpoint beside the file when that folder is writable (shared data often is not), else in the temp folder.</summary>
    public static string DefaultCheckpointPath(FileInfo file)
    {
        var beside = file.FullName + ".checkpoint";
        try
        {
            using (new FileStream(beside, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite)) { }
            return beside;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var key = StableHash.Fnv1a64(file.FullName).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
            return Path.Combine(Path.GetTempPath(), $"{file.Name}.{key}.checkpoint");
        }
    }
}
