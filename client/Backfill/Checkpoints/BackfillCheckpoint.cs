using System.Globalization;

namespace ActorCluster.Client.Backfill.Checkpoints;

/// <summary>
/// An append-only log of a backfill's progress, one tab-separated record a line, flushed to the OS per record
/// (a killed client loses nothing it wrote): <c>I asin from count maxPeriodTicks</c> before a batch is sent,
/// <c>B asin rowsDone accepted duplicates corrected rejected</c> when it is acknowledged, <c>D asin</c> when the
/// ASIN is complete, <c>R line asin field reason</c> for a row the grain refused. A torn last line is ignored.
/// The first two lines name the format version and the input file (<see cref="FileFingerprint"/>).
/// </summary>
public sealed class BackfillCheckpoint : IDisposable
{
    private const string Magic = "actorcluster-backfill-checkpoint v1";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly Dictionary<string, AsinProgress> _asins = [];
    private readonly StreamWriter _writer;
    private readonly object _gate = new();

    private BackfillCheckpoint(string path, StreamWriter writer) => (Path, _writer) = (path, writer);

    public string Path { get; }

    /// <summary>Totals of the acknowledged batches recorded before this run.</summary>
    public BatchCounts Restored { get; private set; }

    /// <summary>Grain rejections recorded before this run.</summary>
    public List<RowRejection> RestoredRejections { get; } = [];

    public bool Resumed => _asins.Count > 0;
    public int CompletedAsins => _asins.Values.Count(a => a.Complete);

    /// <summary>Opens or creates the checkpoint. An existing one for another file throws <see cref="BackfillFileException"/> unless <paramref name="fresh"/>.</summary>
    public static BackfillCheckpoint Open(string path, FileFingerprint input, string fileName, bool fresh)
    {
        string[] lines = !fresh && File.Exists(path) ? File.ReadAllLines(path) : [];
        if (lines.Length >= 2 && (lines[0] != Magic || lines[1] != input.Serialize()))
            throw new BackfillFileException($"{path}: this checkpoint belongs to another file or version of {fileName} ({lines[1].Split('\t')[0]}); " +
                                            "pass --fresh to start over, or --checkpoint to use another one");
        var writer = new StreamWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
        var checkpoint = new BackfillCheckpoint(path, writer);
        writer.WriteLine(Magic);
        writer.WriteLine(input.Serialize());
        // Rewritten compactly: one B (and D) per ASIN instead of the whole history.
        foreach (var line in lines.Skip(2)) checkpoint.Replay(line);
        foreach (var (asin, p) in checkpoint._asins)
        {
            if (p.RowsDone > 0) writer.WriteLine($"B\t{asin}\t{p.RowsDone}\t0\t0\t0\t0");
            if (p.InFlight is { } f) writer.WriteLine($"I\t{asin}\t{f.From}\t{f.Count}\t{f.MaxPeriod.Ticks}");
            if (p.Complete) writer.WriteLine($"D\t{asin}");
        }
        var t = checkpoint.Restored;
        writer.WriteLine($"T\t{t.Accepted}\t{t.Duplicates}\t{t.Corrected}\t{t.Rejected}\t{t.Recovered}");
        foreach (var r in checkpoint.RestoredRejections) writer.WriteLine(RejectLine(r));
        return checkpoint;
    }

    public AsinProgress? Get(string asin) { lock (_gate) return _asins.GetValueOrDefault(asin); }

    public bool IsComplete(string asin) { lock (_gate) return _asins.TryGetValue(asin, out var p) && p.Complete; }

    public void Sending(string asin, long from, int count, DateTime maxPeriod) =>
        Append($"I\t{asin}\t{from}\t{count}\t{maxPeriod.Ticks}", asin, p => p.InFlight = new InFlightBatch(from, count, maxPeriod));

    public void Acknowledged(string asin, long rowsDone, BatchCounts c) =>
        Append($"B\t{asin}\t{rowsDone}\t{c.Accepted}\t{c.Duplicates}\t{c.Corrected}\t{c.Rejected}\t{c.Recovered}", asin,
            p => { p.RowsDone = rowsDone; p.InFlight = null; });

    public void Completed(string asin) => Append($"D\t{asin}", asin, p => p.Complete = true);

    public void Rejected(RowRejection r) { lock (_gate) _writer.WriteLine(RejectLine(r)); }

    private void Append(string line, string asin, Action<AsinProgress> change)
    {
        lock (_gate)
        {
            _writer.WriteLine(line);
            if (!_asins.TryGetValue(asin, out var p)) _asins[asin] = p = new AsinProgress();
            change(p);
        }
    }

    private static string RejectLine(RowRejection r) =>
        $"R\t{r.Line}\t{r.Asin}\t{Clean(r.Field)}\t{Clean(r.Reason)}\t{Clean(r.File)}";

    private static string Clean(string? s) => (s ?? "").Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private void Replay(string line)
    {
        var f = line.Split('\t');
        AsinProgress P() => _asins.TryGetValue(f[1], out var p) ? p : _asins[f[1]] = new AsinProgress();
        try
        {
            switch (f[0])
            {
                case "I" when f.Length == 5:
                    P().InFlight = new InFlightBatch(long.Parse(f[2], Inv), int.Parse(f[3], Inv), new DateTime(long.Parse(f[4], Inv), DateTimeKind.Utc));
                    break;
                case "B" when f.Length >= 7:
                    var p = P();
                    p.RowsDone = long.Parse(f[2], Inv);
                    p.InFlight = null;
                    Restored += new BatchCounts(long.Parse(f[3], Inv), long.Parse(f[4], Inv), long.Parse(f[5], Inv), long.Parse(f[6], Inv),
                        f.Length > 7 ? long.Parse(f[7], Inv) : 0);
                    break;
                case "D" when f.Length == 2: P().Complete = true; break;
                case "T" when f.Length == 6:
                    Restored += new BatchCounts(long.Parse(f[1], Inv), long.Parse(f[2], Inv), long.Parse(f[3], Inv), long.Parse(f[4], Inv), long.Parse(f[5], Inv));
                    break;
                case "R" when f.Length == 6:
                    RestoredRejections.Add(new RowRejection(f[5], long.Parse(f[1], Inv), f[2].Length == 0 ? null : f[2], f[4], f[3].Length == 0 ? null : f[3]));
                    break;
            }
        }
        catch (FormatException) { }   // a torn last line from a killed run
        catch (OverflowException) { }
    }

    /// <summary>Removes the file: the backfill finished, nothing is left to resume.</summary>
    public void Delete()
    {
        lock (_gate) _writer.Dispose();
        File.Delete(Path);
    }

    public void Dispose() { lock (_gate) _writer.Dispose(); }
}
