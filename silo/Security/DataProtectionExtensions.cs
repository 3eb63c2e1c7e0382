using ActorCluster.Silo.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace ActorCluster.Silo.Security;

/// <summary>
/// Where the data-protection keys (they encrypt the board's sign-in cookie) live: on the cluster profile or with PostgreSQL storage in
/// the database, shared by every silo of the service, so a sign-in works on whichever silo a load balancer picks and
/// survives restarts; otherwise in the silo's data folder, so a local silo's sign-ins survive its restart.
/// </summary>
public static class DataProtectionExtensions
{
    public const string KeysFolder = "data-protection-keys";

    public static WebApplicationBuilder AddSharedDataProtection(this WebApplicationBuilder builder, SiloSettings settings)
    {
        // The application name isolates the ring: the same for every silo of a service, whatever its content root.
        var protection = builder.Services.AddDataProtection().SetApplicationName("ActorCluster/" + settings.ServiceId);
        if (settings.IsCluster || settings.EffectiveStorage == StorageKind.Postgres)
            builder.Services.Configure<KeyManagementOptions>(o => o.XmlRepository = new PostgresKeyRepository(settings.Postgres!, settings.ServiceId));
        else
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(Path.Combine(settings.DataDirectory, KeysFolder))));
        return builder;
    }
}
