using System.CommandLine;
using ActorCluster.Client.Connection;
using ActorCluster.Client.Operations;

namespace ActorCluster.Client.Commands;

/// <summary>
/// <c>actorcluster db migrate --postgres CONN|env [--scripts DIR] [--dry-run]</c>: brings a PostgreSQL database to the
/// schema this build carries (the Orleans ADO.NET tables and queries, deploy/sql/postgresql), recording each version.
/// </summary>
public static class DbCommand
{
    /// <summary>Where the build puts the scripts, beside the console.</summary>
    public static string BundledScripts => Path.Combine(AppContext.BaseDirectory, "sql", "postgresql");

    public static Command Create()
    {
        var scripts = new Option<DirectoryInfo?>("--scripts") { Description = "Folder of NN-name.sql scripts (default: the ones shipped with this console)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only say what would be applied" };
        var migrate = new Command("migrate", "Apply the versioned schema scripts not yet applied (or changed since) and record them") { scripts, dryRun };
        migrate.SetAction((parse, ct) => MigrateAsync(parse, parse.GetValue(scripts)?.FullName ?? BundledScripts, parse.GetValue(dryRun), ct));
        return new Command("db", "Database schema: migrations for the PostgreSQL cluster store") { migrate };
    }

    private static async Task<int> MigrateAsync(ParseResult parse, string folder, bool dryRun, CancellationToken ct)
    {
        ClusterTarget target;
        try { target = ConnectionOptions.Read(parse); }
        catch (InvalidOperationException e) { return ClusterCommand.Error(e.Message, ExitCodes.BadInput); }
        if (target.Postgres is null) return ClusterCommand.Error("db migrate needs --postgres CONNSTRING (or 'env' for ACTORCLUSTER_PG)", ExitCodes.BadInput);
        IReadOnlyList<SchemaScript> loaded;
        try { loaded = SchemaScript.Load(folder); }
        catch (Exception e) when (e is IOException or InvalidDataException) { return ClusterCommand.Error(e.Message, ExitCodes.BadInput); }
        try
        {
            var steps = await new SchemaMigrator(target.Postgres).MigrateAsync(loaded, dryRun, ct);
            foreach (var s in steps)
                Console.WriteLine($"{s.Script.Version,4}  {s.Script.Name,-28} {s.Outcome.ToString().ToLowerInvariant(),-10} {s.AppliedAt:yyyy-MM-dd HH:mm:ss}");
            var changed = steps.Count(s => s.Outcome is MigrationOutcome.Applied or MigrationOutcome.Reapplied);
            Console.WriteLine(dryRun
                ? $"{steps.Count(s => s.Outcome == MigrationOutcome.Pending)} of {steps.Count} scripts would be applied"
                : $"{changed} of {steps.Count} scripts applied; the schema is at version {steps[^1].Script.Version}" +
                  (changed > 0 ? " (running silos keep the query text they loaded: restart them)" : ""));
            return ExitCodes.Ok;
        }
        catch (Npgsql.NpgsqlException e) { return ClusterCommand.Error($"migration failed: {e.Message}", ExitCodes.Failure); }
    }
}
