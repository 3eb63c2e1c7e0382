using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace ActorCluster.Client.Export;

/// <summary>What one month's file of a table holds.</summary>
public sealed record PartitionFile(string Month, string Path, long Rows, int RowGroups);

/// <summary>
/// Writes one table partitioned by month: <c>ROOT/month=YYYY-MM/part-0.parquet</c>. Rows are buffered per month
/// and written as row groups of <see cref="ExportLimits.RowGroupRows"/>; when all buffers together hold
/// <see cref="ExportLimits.MaxBufferedRows"/> the largest is written early, so memory stays bounded whatever
/// the number of ASINs. A file is written as <c>part-0.parquet.partial</c> and renamed when its footer is written.
/// </summary>
public sealed class MonthPartitions<TRow>(string root, IReadOnlyList<ParquetColumn<TRow>> columns,
    IReadOnlyDictionary<string, string> metadata, ExportLimits limits) : IAsyncDisposable
{
    private readonly ParquetSchema _schema = new(columns.Select(c => (Field)c.Field));
    private readonly SortedDictionary<string, Partition> _months = new(StringComparer.Ordinal);
    private int _buffered;

    public static string MonthOf(DateTime period) => period.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public async Task AddAsync(DateTime period, TRow row, CancellationToken ct)
    {
        var month = MonthOf(period);
        if (!_months.TryGetValue(month, out var p)) _months[month] = p = new Partition(month);
        p.Buffer.Add(row);
        _buffered++;
        if (p.Buffer.Count >= limits.RowGroupRows) await FlushAsync(p, ct);
        else if (_buffered >= limits.MaxBufferedRows) await FlushAsync(_months.Values.MaxBy(x => x.Buffer.Count)!, ct);
    }

    /// <summary>Writes every buffer and closes every file (footers written, files renamed to their final names).</summary>
    public async Task<IReadOnlyList<PartitionFile>> CompleteAsync(CancellationToken ct)
    {
        var files = new List<PartitionFile>();
        foreach (var p in _months.Values)
        {
            await FlushAsync(p, ct);
            await p.CloseAsync();
            File.Move(p.PartialPath!, p.FinalPath!, overwrite: true);
            files.Add(new PartitionFile(p.Month, p.FinalPath!, p.Rows, p.RowGroups));
        }
        _months.Clear();
        return files;
    }

    private async Task FlushAsync(Partition p, CancellationToken ct)
    {
        if (p.Buffer.Count == 0) return;
        if (p.Writer is null)
        {
            var dir = Path.Combine(root, "month=" + p.Month);
            Directory.CreateDirectory(dir);
            p.FinalPath = Path.Combine(dir, "part-0.parquet");
            p.PartialPath = p.FinalPath + ".partial";
            p.Stream = new FileStream(p.PartialPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
            p.Writer = await ParquetWriter.CreateAsync(_schema, p.Stream, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, cancellationToken: ct);
            p.Writer.CustomMetadata = new Dictionary<string, string>(metadata) { [ExportVersions.MonthKey] = p.Month };
        }
        using (var group = p.Writer.CreateRowGroup())
        {
            foreach (var c in columns) await c.WriteAsync(group, p.Buffer, ct);
            group.CompleteValidate();
        }
        p.Rows += p.Buffer.Count;
        p.RowGroups++;
        _buffered -= p.Buffer.Count;
        p.Buffer.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        // Reached without CompleteAsync only on failure: close what is open and leave the .partial files as evidence.
        foreach (var p in _months.Values) await p.CloseAsync();
        _months.Clear();
    }

    private sealed class Partition(string month)
    {
        public string Month { get; } = month;
        public List<TRow> Buffer { get; } = [];
        public ParquetWriter? Writer { get; set; }
        public FileStream? Stream { get; set; }
        public string? FinalPath { get; set; }
        public string? PartialPath { get; set; }
        public long Rows { get; set; }
        public int RowGroups { get; set; }

        public async Task CloseAsync()
        {
            if (Writer is not null) { await Writer.DisposeAsync(); Writer = null; }
            if (Stream is not null) { await Stream.DisposeAsync(); Stream = null; }
        }
    }
}
