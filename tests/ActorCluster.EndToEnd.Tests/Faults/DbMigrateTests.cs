using ActorCluster.EndToEnd.Tests.Processes;
using Npgsql;

namespace ActorCluster.EndToEnd.Tests.Faults;

/// <summary>
/// <c>actorcluster db migrate</c> on a throw-away database: the first run applies every versioned script and records it,
/// a second run applies nothing, and a script whose text changed is applied again (the scripts are idempotent).
/// </summary>
public sealed class DbMigrateTests
{
    [Fact]
    public async Task Migrate_applies_each_version_once_records_it_and_reapplies_a_changed_script()
    {
        var admin = Environment.GetEnvironmentVariable("ACTORCLUSTER_PG");
        Assert.False(string.IsNullOrEmpty(admin), "ACTORCLUSTER_PG is not set: run the tests through deploy/test.sh");
        var name = "mig" + Guid.NewGuid().ToString("N")[..12];
        await using (var db = new NpgsqlConnection(admin))
        {
            await db.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", db);
            await create.ExecuteNonQueryAsync();
        }
        var target = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        try
        {
            var scripts = Directory.GetFiles(Path.Combine(RepoPaths.Root, "deploy", "sql", "postgresql"), "*.sql").Length;
            var first = await ClientProcess.RunAsync("db", "migrate", "--postgres", target);
            Assert.True(first.ExitCode == 0, first.ToString());
            Assert.Contains($"{scripts} of {scripts} scripts applied", first.StdOut);
            Assert.Equal(scripts, await ScalarAsync(target, "SELECT count(*) FROM actorcluster_schema_history"));
            Assert.Equal(1L, await ScalarAsync(target, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'orleansmembershiptable'"));

            var again = await ClientProcess.RunAsync("db", "migrate", "--postgres", target);
            Assert.True(again.ExitCode == 0, again.ToString());
            Assert.Contains($"0 of {scripts} scripts applied", again.StdOut);

            // A changed script (say, new query text) is applied again; the others are left alone.
            var copy = RepoPaths.NewTempDir();
            foreach (var f in Directory.GetFiles(Path.Combine(RepoPaths.Root, "deploy", "sql", "postgresql"), "*.sql"))
                File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));
            var changed = Directory.GetFiles(copy, "03-*.sql").Single();
            await File.AppendAllTextAsync(changed, "\n-- a later edit\n");
            var third = await ClientProcess.RunAsync("db", "migrate", "--postgres", target, "--scripts", copy);
            Assert.True(third.ExitCode == 0, third.ToString());
            Assert.Contains("reapplied", third.StdOut);
            Assert.Contains($"1 of {scripts} scripts applied", third.StdOut);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var db = new NpgsqlConnection(admin);
            await db.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", db);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task<long> ScalarAsync(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, db);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
