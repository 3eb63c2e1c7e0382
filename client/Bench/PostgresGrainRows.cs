using Npgsql;

namespace ActorCluster.Client.Bench;

/// <summary>The grain-state rows one bench silo wrote to PostgreSQL, found by its unique service id.</summary>
public static class PostgresGrainRows
{
    /// <summary>
    /// The payload of the median-sized row: the exact bytes the raw upsert ceiling then writes,
    /// so both sides of the ratio move the same data. Null when the silo wrote nothing.
    /// </summary>
    public static async Task<byte[]?> MedianPayloadAsync(string connectionString, string serviceId, CancellationToken ct)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        await using var command = source.CreateCommand("""
            SELECT PayloadBinary FROM OrleansStorage
            WHERE ServiceId = @service AND PayloadBinary IS NOT NULL
            ORDER BY length(PayloadBinary)
            OFFSET (SELECT count(*) / 2 FROM OrleansStorage WHERE ServiceId = @service AND PayloadBinary IS NOT NULL) LIMIT 1
            """);
        command.Parameters.AddWithValue("service", serviceId);
        return await command.ExecuteScalarAsync(ct) as byte[];
    }

    /// <summary>Deletes the run's rows: the bench leaves the shared database as it found it.</summary>
    public static async Task<int> DeleteAsync(string connectionString, string serviceId)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        await using var command = source.CreateCommand("DELETE FROM OrleansStorage WHERE ServiceId = @service");
        command.Parameters.AddWithValue("service", serviceId);
        return await command.ExecuteNonQueryAsync();
    }
}
