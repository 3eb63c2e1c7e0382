using Parquet;
using Parquet.Schema;

namespace ActorCluster.Client.Export;

/// <summary>One column of an exported table: its Parquet field and how a buffered row group fills it.</summary>
public sealed class ParquetColumn<TRow>
{
    private readonly Func<ParquetRowGroupWriter, IReadOnlyList<TRow>, CancellationToken, Task> _write;

    private ParquetColumn(DataField field, Func<ParquetRowGroupWriter, IReadOnlyList<TRow>, CancellationToken, Task> write) =>
        (Field, _write) = (field, write);

    public DataField Field { get; }

    public Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<TRow> rows, CancellationToken ct) => _write(writer, rows, ct);

    public static ParquetColumn<TRow> Of<T>(string name, Func<TRow, T> get) where T : struct
    {
        var field = new DataField<T>(name, nullable: false);
        return new(field, async (w, rows, ct) => await w.WriteAsync<T>(field, Values(rows, get), null, null, ct));
    }

    public static ParquetColumn<TRow> Optional<T>(string name, Func<TRow, T?> get) where T : struct
    {
        var field = new DataField<T?>(name, nullable: true);
        return new(field, async (w, rows, ct) => await w.WriteAsync<T>(field, Values(rows, get), null, null, ct));
    }

    public static ParquetColumn<TRow> Text(string name, Func<TRow, string?> get)
    {
        var field = new DataField<string>(name, nullable: true);
        return new(field, async (w, rows, _) => await w.WriteAsync(field, Values(rows, get), null));
    }

    /// <summary>A UTC timestamp in milliseconds (what Spark, pandas and DuckDB read as a timestamp).</summary>
    public static ParquetColumn<TRow> Timestamp(string name, Func<TRow, DateTime> get)
    {
        var field = new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Millis, isNullable: false);
        return new(field, async (w, rows, ct) => await w.WriteAsync<DateTime>(field, Values(rows, get), null, null, ct));
    }

    public static ParquetColumn<TRow> OptionalTimestamp(string name, Func<TRow, DateTime?> get)
    {
        var field = new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Millis, isNullable: true);
        return new(field, async (w, rows, ct) => await w.WriteAsync<DateTime>(field, Values(rows, get), null, null, ct));
    }

    private static T[] Values<T>(IReadOnlyList<TRow> rows, Func<TRow, T> get)
    {
        var values = new T[rows.Count];
        for (int i = 0; i < values.Length; i++) values[i] = get(rows[i]);
        return values;
    }
}
