using ActorCluster.Silo.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace ActorCluster.Silo.Health;

/// <summary>Readiness: the configured store answers a trivial query within the check's timeout.</summary>
public sealed class StorageHealthCheck(SiloSettings settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            switch (settings.EffectiveStorage)
            {
                case StorageKind.Postgres:
                    await using (var pg = new NpgsqlConnection(settings.Postgres))
                    {
                        await pg.OpenAsync(cancellationToken);
                        await using var cmd = new NpgsqlCommand("SELECT 1", pg);
                        await cmd.ExecuteScalarAsync(cancellationToken);
                    }
                    return HealthCheckResult.Healthy("PostgreSQL answers");
                case StorageKind.Sqlite:
                    await using (var db = new SqliteConnection(SqliteSchema.ConnectionString(settings.SqlitePath)))
                    {
                        await db.OpenAsync(cancellationToken);
                        await using var cmd = db.CreateCommand();
                        cmd.CommandText = "SELECT count(*) FROM OrleansStorage";
                        await cmd.ExecuteScalarAsync(cancellationToken);
                    }
                    return HealthCheckResult.Healthy($"SQLite file {settings.SqlitePath} answers");
                default:
                    return HealthCheckResult.Healthy("in-memory storage");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{settings.EffectiveStorage} storage does not answer: {e.Message}");
        }
    }
}
