using Parquet;
using Parquet.Schema;

namespace ActorCluster.EndToEnd.Tests.Export;

/// <summary>A Parquet file read back whole with Parquet.Net: metadata, row groups and columns by name.</summary>
public sealed class ParquetFile
{
    public required IReadOnlyDictionary<string, string> Metadata { get; init; }
    public required int RowGroups { get; init; }
    public required long Rows { get; init; }
    public required Dictionary<string, Array> Columns { get; init; }

    public T[] Column<T>(string name) => (T[])Columns[name];

    public string?[] Text(string name) => (string?[])Columns[name];

    public static async Task<ParquetFile> ReadAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        var parts = fields.ToDictionary(f => f.Name, _ => new List<Array>());
        long rows = 0;
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int n = checked((int)group.RowCount);
            rows += n;
            foreach (var f in fields) parts[f.Name].Add(await ReadColumnAsync(group, f, n));
        }
        return new ParquetFile
        {
            Metadata = reader.CustomMetadata, RowGroups = reader.RowGroupCount, Rows = rows,
            Columns = parts.ToDictionary(p => p.Key, p => Concat(p.Value, fields.First(f => f.Name == p.Key))),
        };
    }

    private static async Task<Array> ReadColumnAsync(ParquetRowGroupReader group, DataField f, int n)
    {
        var type = f.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>)) { var a = new string?[n]; await group.ReadAsync(f, a.AsMemory()); return a; }
        if (type == typeof(double) && !f.IsNullable) { var a = new double[n]; await group.ReadAsync<double>(f, a.AsMemory()); return a; }
        if (type == typeof(int) && !f.IsNullable) { var a = new int[n]; await group.ReadAsync<int>(f, a.AsMemory()); return a; }
        if (type == typeof(int)) { var a = new int?[n]; await group.ReadAsync<int>(f, a.AsMemory()); return a; }
        if (type == typeof(long)) { var a = new long?[n]; await group.ReadAsync<long>(f, a.AsMemory()); return a; }
        if (type == typeof(bool) && !f.IsNullable) { var a = new bool[n]; await group.ReadAsync<bool>(f, a.AsMemory()); return a; }
        if (type == typeof(bool)) { var a = new bool?[n]; await group.ReadAsync<bool>(f, a.AsMemory()); return a; }
        if (type == typeof(DateTime) && !f.IsNullable) { var a = new DateTime[n]; await group.ReadAsync<DateTime>(f, a.AsMemory()); return a; }
        if (type == typeof(DateTime)) { var a = new DateTime?[n]; await group.ReadAsync<DateTime>(f, a.AsMemory()); return a; }
        if (type == typeof(double)) { var a = new double?[n]; await group.ReadAsync<double>(f, a.AsMemory()); return a; }
        throw new NotSupportedException($"column {f.Name} of {type}");
    }

    private static Array Concat(List<Array> parts, DataField f)
    {
        var total = parts.Sum(p => p.Length);
        var result = Array.CreateInstance(parts.Count > 0 ? parts[0].GetType().GetElementType()! : typeof(object), total);
        int at = 0;
        foreach (var p in parts) { Array.Copy(p, 0, result, at, p.Length); at += p.Length; }
        return result;
    }
}
