using Npgsql;

namespace ActorCluster.Client.Operations;

/// <summary>What <see cref="SchemaMigrator"/> did with one script.</summary>
public enum MigrationOutcome
{
    /// <summary>Not applied before: run and recorded.</summary>
    Applied,
    /// <summary>Applied before with the same text: left alone.</summary>
    UpToDate,
    /// <summary>Applied before, text changed since (scripts are idempotent, e.g. new query text): run again and re-recorded.</summary>
    Reapplied,
    /// <summary>Would be applied or re-applied (dry run).</summary>
    Pending,
}

public sealed record MigrationStep(SchemaScript Script, MigrationOutcome Outcome, DateTime? AppliedAt);

/// <summary>
/// Applies the versioned PostgreSQL schema scripts in version order and records each in
/// <see cref="HistoryTable"/> (version, name, checksum, time). Each script runs in its own transaction together with
/// its record, and a transaction-scoped advisory lock keeps two migrators (say, silos' init containers) from
/// interleaving. Every script is idempotent (IF NOT EXISTS, upserts, CREATE OR REPLACE), so re-running a changed one is
/// how edited query text reaches an existing database.
/// </summary>
public sealed class SchemaMigrator(string connectionString)
{
    public const string HistoryTable = "actorcluster_schema_history";

    // Any fixed number shared by every migrator of this schema.
    private const long LockKey = 0x4163_436C_5363_6865;

    public async Task<IReadOnlyList<MigrationStep>> MigrateAsync(IReadOnlyList<SchemaScript> scripts, bool dryRun, CancellationToken ct)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync(ct);
        await ExecuteAsync(db, null, $"""
            CREATE TABLE IF NOT EXISTS {HistoryTable} (
                version    integer     PRIMARY KEY,
                name       text        NOT NULL,
                checksum   text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now())
            """, ct);
        var steps = new List<MigrationStep>();
        foreach (var script in scripts)
        {
            await using var tx = await db.BeginTransactionAsync(ct);
            await ExecuteAsync(db, tx, $"SELECT pg_advisory_xact_lock({LockKey})", ct);
            var recorded = await RecordedAsync(db, tx, script.Version, ct);
            var outcome = recorded is null ? MigrationOutcome.Applied
                : recorded.Value.Checksum == script.Checksum ? MigrationOutcome.UpToDate : MigrationOutcome.Reapplied;
            if (outcome == MigrationOutcome.UpToDate || dryRun)
            {
                await tx.RollbackAsync(ct);
                steps.Add(new MigrationStep(script, outcome == MigrationOutcome.UpToDate ? outcome : MigrationOutcome.Pending, recorded?.AppliedAt));
                continue;
            }
            await ExecuteAsync(db, tx, "SET LOCAL client_min_messages = warning", ct);
            await ExecuteAsync(db, tx, script.Text, ct);
            await using (var record = new NpgsqlCommand($"""
                INSERT INTO {HistoryTable} (version, name, checksum) VALUES (@version, @name, @checksum)
                ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name, checksum = EXCLUDED.checksum, applied_at = now()
                """, db, tx))
            {
                record.Parameters.AddWithValue("version", script.Version);
                record.Parameters.AddWithValue("name", script.Name);
                record.Parameters.AddWithValue("checksum", script.Checksum);
                await record.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
            steps.Add(new MigrationStep(script, outcome, DateTime.UtcNow));
        }
        return steps;
    }

    private static async Task<(string Checksum, DateTime AppliedAt)?> RecordedAsync(NpgsqlConnection db, NpgsqlTransaction tx, int version, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"SELECT checksum, applied_at FROM {HistoryTable} WHERE version = @version", db, tx);
        cmd.Parameters.AddWithValue("version", version);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetString(0), reader.GetDateTime(1)) : null;
    }

    private static async Task ExecuteAsync(NpgsqlConnection db, NpgsqlTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, db, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
