using System.Diagnostics;
using System.Threading.Channels;
using ActorCluster.Client.Backfill.Checkpoints;
using ActorCluster.Client.Backfill.Grouping;
using ActorCluster.Client.Backfill.Sending;

namespace ActorCluster.Client.Backfill;

/// <summary>
/// Loads a file through the ASIN grains. A file whose ASINs each sit in one run (<see cref="AsinRunScan"/>, a quick
/// pass over the ASIN column) is sent while it is read: each ASIN leaves as soon as its run ends (<see cref="AsinRuns"/>).
/// Any other file goes in two phases. Read: stream the file, reject bad rows as they are met, group the good ones by
/// ASIN with bounded memory (<see cref="AsinGrouper"/>). Send: drain the groups. Either way each complete,
/// period-ordered ASIN goes through a bounded channel to <see cref="BackfillSettings.Parallelism"/> workers, which send
/// its batches one after the other (a bounded queue is the backpressure: reading or grouping waits when the workers
/// are busy, so the client never has more than Parallelism calls in flight). Progress is checkpointed per batch.
/// </summary>
public sealed class BackfillService(IGrainFactory grains, BackfillSettings settings, BackfillProgress progress)
{
    private readonly BatchSender _sender = new(grains, new RetryPolicy(settings.RetryFor));
    private readonly object _countsGate = new();
    private BatchCounts _counts;

    /// <summary>Raised before a batch is resent after a transient failure.</summary>
    public event Action<string, Exception>? Retrying { add => _sender.Retrying += value; remove => _sender.Retrying -= value; }

    /// <exception cref="BackfillFileException">The file cannot be read at all.</exception>
    /// <exception cref="BackfillStoppedException">The cluster stayed unavailable; the checkpoint holds what was done.</exception>
    public async Task<BackfillSummary> RunAsync(FileInfo file, BackfillCheckpoint checkpoint, RejectSink rejects, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        foreach (var r in checkpoint.RestoredRejections) Reject(rejects, r);
        using var grouper = new AsinGrouper(settings.MaxBufferedRows, settings.TempDirectory);
        var reader = new ObservationFileReader(file.Name, settings.MaxLineLength, settings.Format);
        int resumed = checkpoint.CompletedAsins;
        bool streamed = await Task.Run(() => AsinRunScan.IsGroupedByAsin(file, settings.Format, settings.MaxLineLength, settings.MaxBufferedRows), ct);
        IEnumerable<AsinRows> groups;
        if (streamed) groups = AsinRuns.Group(ValidRows(file, reader, checkpoint, rejects, ct));
        else
        {
            grouper.EstimateTotalRows = () => progress.BytesRead > 0 ? (long)(progress.RowsRead * (double)file.Length / progress.BytesRead) : 0;
            await Task.Run(() => { foreach (var (asin, row) in ValidRows(file, reader, checkpoint, rejects, ct)) grouper.Add(asin, row); }, ct);
            groups = grouper.Drain();
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var queue = Channel.CreateBounded<AsinRows>(new BoundedChannelOptions(settings.Parallelism) { SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var group in groups)
                {
                    progress.AsinFound();
                    await queue.Writer.WriteAsync(group, stop.Token);
                }
            }
            finally { queue.Writer.TryComplete(); }
        }, stop.Token);
        var workers = Enumerable.Range(0, settings.Parallelism)
            .Select(_ => Task.Run(() => WorkAsync(queue.Reader, file.Name, checkpoint, rejects, stop), stop.Token)).ToList();
        try { await Task.WhenAll([producer, .. workers]); }
        catch when (workers.FirstOrDefault(w => w.Exception?.InnerException is BackfillStoppedException) is { } failed)
        {
            throw failed.Exception!.InnerException!;
        }
        return new BackfillSummary
        {
            Format = reader.Reader!.Format,
            RowsRead = progress.RowsRead,
            Asins = progress.AsinsTotal + resumed,
            Counts = _counts + checkpoint.Restored,
            Rejected = rejects.Count,
            FirstRejections = rejects.First,
            Warnings = reader.Reader.Warnings,
            ResumedAsins = resumed,
            Retries = _sender.Retries,
            SpillPartitions = grouper.Partitions,
            Streamed = streamed,
            Elapsed = clock.Elapsed,
            MappedIds = reader.Reader switch
            {
                Formats.M5CsvReader m5 => m5.Ids.AsinById,
                Formats.WideCsvReader wide => wide.Ids.AsinById,
                _ => new Dictionary<string, string>(),
            },
        };
    }

    /// <summary>The file's valid rows of ASINs not finished earlier; bad rows are rejected on the way. Sets ReadDone at the end.</summary>
    private IEnumerable<(string Asin, BufferedRow Row)> ValidRows(FileInfo file, ObservationFileReader reader, BackfillCheckpoint checkpoint, RejectSink rejects, CancellationToken ct)
    {
        using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var text = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        long rows = 0;
        foreach (var row in reader.Read(text))
        {
            rows++;
            if (!row.IsValid) Reject(rejects, new RowRejection(file.Name, row.Line, row.Asin, row.Error!, row.Field));
            else if (!checkpoint.IsComplete(row.Asin!))
            {
                progress.ToSend(1);
                yield return (row.Asin!, new BufferedRow(row.Line, row.Observation!));
            }
            if ((rows & 4095) == 0)
            {
                progress.Read(4096, stream.Position);
                ct.ThrowIfCancellationRequested();
            }
        }
        progress.Read(rows & 4095, stream.Position);
        progress.ReadDone = true;
    }

    private async Task WorkAsync(ChannelReader<AsinRows> queue, string fileName, BackfillCheckpoint checkpoint, RejectSink rejects, CancellationTokenSource stop)
    {
        try
        {
            await foreach (var group in queue.ReadAllAsync(stop.Token))
                await SendAsinAsync(group, fileName, checkpoint, rejects, stop.Token);
        }
        catch (BackfillStoppedException)
        {
            await stop.CancelAsync();
            throw;
        }
    }

    private async Task SendAsinAsync(AsinRows group, string fileName, BackfillCheckpoint checkpoint, RejectSink rejects, CancellationToken ct)
    {
        var (asin, rows) = (group.Asin, group.Rows);
        var earlier = checkpoint.Get(asin);
        long start = Math.Min(earlier?.RowsDone ?? 0, rows.Length);
        progress.ToSend(-start);
        bool probeFirst = earlier?.InFlight is { } inFlight && inFlight.From == start;
        while (start < rows.Length)
        {
            int count = probeFirst ? earlier!.InFlight!.Count : settings.BatchSize;
            count = (int)Math.Min(count, rows.Length - start);
            var batch = new Observation[count];
            for (int i = 0; i < count; i++) batch[i] = rows[start + i].Observation;
            var maxPeriod = batch[^1].PeriodStart;
            bool probeable = start == 0 || rows[start - 1].Observation.PeriodStart < maxPeriod;
            checkpoint.Sending(asin, start, count, maxPeriod);
            var results = await _sender.SendAsync(asin, batch, probeFirst, probeable, ct);
            probeFirst = false;
            var counts = results is null ? new BatchCounts(0, 0, 0, 0, count) : Tally(results, rows, start, asin, fileName, checkpoint, rejects);
            lock (_countsGate) _counts += counts;
            start += count;
            checkpoint.Acknowledged(asin, start, counts);
            progress.Sent(count);
        }
        checkpoint.Completed(asin);
        progress.AsinDone();
    }

    private BatchCounts Tally(IngestResult[] results, BufferedRow[] rows, long start, string asin, string fileName, BackfillCheckpoint checkpoint, RejectSink rejects)
    {
        long accepted = 0, duplicates = 0, corrected = 0, rejected = 0;
        for (int i = 0; i < results.Length; i++)
        {
            switch (results[i].Status)
            {
                case IngestStatus.Accepted: accepted++; break;
                case IngestStatus.Duplicate: duplicates++; break;
                case IngestStatus.Corrected: corrected++; break;
                default:
                    rejected++;
                    var reason = results[i].Reason ?? "rejected";
                    var r = new RowRejection(fileName, rows[start + i].Line, asin, reason, GrainRejectionField.Of(reason));
                    Reject(rejects, r);
                    checkpoint.Rejected(r);
                    break;
            }
        }
        return new BatchCounts(accepted, duplicates, corrected, rejected);
    }

    private void Reject(RejectSink rejects, RowRejection r)
    {
        rejects.Add(r);
        progress.Rejected();
    }
}
