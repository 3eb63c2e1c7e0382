using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace ActorCluster.Silo.Security;

/// <summary>
/// The data-protection key ring of one Orleans service in PostgreSQL (table from deploy/sql/postgresql/05-data-protection.sql),
/// so every silo decrypts the board cookies the others issued. ASP.NET Core calls it rarely: at start, on a key
/// rotation (every 90 days) and when it meets an unknown key id.
/// </summary>
internal sealed class PostgresKeyRepository(string connectionString, string serviceId) : IXmlRepository
{
    public const string Table = "actorcluster_data_protection_keys";
    private const string UndefinedTable = "42P01";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        try
        {
            using var db = new NpgsqlConnection(connectionString);
            db.Open();
            using var read = new NpgsqlCommand($"SELECT xml FROM {Table} WHERE service_id = @service ORDER BY created_at, friendly_name", db);
            read.Parameters.AddWithValue("service", serviceId);
            using var rows = read.ExecuteReader();
            var keys = new List<XElement>();
            while (rows.Read()) keys.Add(XElement.Parse(rows.GetString(0)));
            return keys;
        }
        catch (PostgresException e) when (e.SqlState == UndefinedTable) { throw Missing(e); }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        try
        {
            using var db = new NpgsqlConnection(connectionString);
            db.Open();
            using var write = new NpgsqlCommand(
                $"INSERT INTO {Table} (service_id, friendly_name, xml) VALUES (@service, @name, @xml) ON CONFLICT (service_id, friendly_name) DO NOTHING", db);
            write.Parameters.AddWithValue("service", serviceId);
            write.Parameters.AddWithValue("name", friendlyName);
            write.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
            write.ExecuteNonQuery();
        }
        catch (PostgresException e) when (e.SqlState == UndefinedTable) { throw Missing(e); }
    }

    private static InvalidOperationException Missing(Exception inner) => new(
        $"the table {Table} that holds the shared sign-in keys is missing: apply the schema with `actorcluster db migrate` (deploy/sql/postgresql/05-data-protection.sql)", inner);
}
