using Npgsql;
using NpgsqlTypes;

namespace ActorCluster.Client.Bench;

/// <summary>
/// The raw Npgsql ceiling for durable writes: one upsert per call of the same payload into a scratch table
/// of one row per ASIN, a pooled connection per command (as the Orleans ADO.NET provider does), each caller
/// owning its rows like it owns its ASINs. The table is logged (durable) and dropped on dispose.
/// </summary>
public sealed class PostgresUpsertCeiling : IAsyncDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly string _table;
    private readonly string _upsert;
    private readonly byte[] _payload;
    private readonly int _rows;
    private readonly int _workers;
    private readonly int[] _cursor;

    private PostgresUpsertCeiling(NpgsqlDataSource source, string table, byte[] payload, int rows, int workers)
    {
        _source = source;
        _table = table;
        _payload = payload;
        _rows = rows;
        _workers = workers;
        _cursor = new int[workers];
        _upsert = $"""
            INSERT INTO {table} (id, payload, version) VALUES (@id, @payload, 1)
            ON CONFLICT (id) DO UPDATE SET payload = EXCLUDED.payload, version = {table}.version + 1, modified = now()
            """;
    }

    public int PayloadBytes => _payload.Length;

    public static async Task<PostgresUpsertCeiling> CreateAsync(string connectionString, byte[] payload, int rows, int workers, CancellationToken ct)
    {
        var source = NpgsqlDataSource.Create(connectionString);
        var table = $"actorcluster_bench_{Guid.NewGuid():N}"[..30];
        var ceiling = new PostgresUpsertCeiling(source, table, payload, rows, workers);
        // Same fill factor as OrleansStorage, and pre-filled: grain writes after the prefill are all updates.
        await ceiling.ExecuteAsync($"""
            CREATE TABLE {table} (id integer PRIMARY KEY, payload bytea NOT NULL, version integer NOT NULL,
                                  modified timestamptz NOT NULL DEFAULT now()) WITH (fillfactor = 80);
            INSERT INTO {table} (id, payload, version) SELECT g, @payload, 1 FROM generate_series(0, {rows - 1}) g;
            """, ct);
        return ceiling;
    }

    public async Task<int> Upsert(int worker)
    {
        var c = _cursor[worker];
        var id = worker + c * _workers;
        if (id >= _rows) (c, id) = (0, worker);
        _cursor[worker] = c + 1;
        await using var command = _source.CreateCommand(_upsert);
        command.Parameters.Add(new NpgsqlParameter<int>("id", NpgsqlDbType.Integer) { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<byte[]>("payload", NpgsqlDbType.Bytea) { TypedValue = _payload });
        await command.ExecuteNonQueryAsync();
        return 1;
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var command = _source.CreateCommand(sql);
        if (sql.Contains("@payload", StringComparison.Ordinal))
            command.Parameters.Add(new NpgsqlParameter<byte[]>("payload", NpgsqlDbType.Bytea) { TypedValue = _payload });
        await command.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        try { await ExecuteAsync($"DROP TABLE IF EXISTS {_table}", CancellationToken.None); }
        finally { await _source.DisposeAsync(); }
    }
}
