using Microsoft.Data.Sqlite;

namespace ActorCluster.Silo.Hosting;

/// <summary>
/// Creates the SQLite file and applies our persistence schema (deploy/sql/sqlite) on first start.
/// The scripts are idempotent, so applying them on every start is safe and cheap.
/// </summary>
public static class SqliteSchema
{
    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Shared,
        DefaultTimeout = 30,
    }.ToString();

    public static void EnsureCreated(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var scripts = Path.Combine(AppContext.BaseDirectory, "sql", "sqlite");
        if (!Directory.Exists(scripts)) throw new DirectoryNotFoundException($"SQLite schema scripts not found in {scripts}");
        using var connection = new SqliteConnection(ConnectionString(path));
        connection.Open();
        foreach (var file in Directory.GetFiles(scripts, "*.sql").Order(StringComparer.Ordinal))
            Execute(connection, File.ReadAllText(file));
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
