namespace ActorCluster.Silo.Hosting;

/// <summary>Which store holds grain state.</summary>
public enum StorageKind
{
    /// <summary>Orleans ADO.NET persistence on a SQLite file (the <c>local</c> default).</summary>
    Sqlite,
    /// <summary>Orleans ADO.NET persistence on PostgreSQL (the <c>cluster</c> default).</summary>
    Postgres,
    /// <summary>In-memory: lost on restart. Only for benchmarks and tests.</summary>
    Memory,
}

/// <summary>
/// How this silo runs. Bound from the "ActorCluster" section (env: <c>ActorCluster__Profile=cluster</c> …);
/// <c>ACTORCLUSTER_PG</c> also supplies <see cref="Postgres"/>.
/// </summary>
public sealed class SiloSettings
{
    public const string Section = "ActorCluster";

    /// <summary><c>local</c> (default: localhost clustering, SQLite file) or <c>cluster</c> (PostgreSQL for everything).</summary>
    public string Profile { get; set; } = "local";

    /// <summary>Grain storage; defaults to <see cref="StorageKind.Sqlite"/> on local and <see cref="StorageKind.Postgres"/> on cluster.</summary>
    public StorageKind? Storage { get; set; }

    /// <summary>Folder for the SQLite file and other local data (default <c>.data</c> under the working directory).</summary>
    public string DataDirectory { get; set; } = ".data";

    /// <summary>Npgsql connection string for the cluster profile or for PostgreSQL storage.</summary>
    public string? Postgres { get; set; }

    /// <summary>Orleans cluster id (default <c>actorcluster</c>): silos with the same id form one cluster.</summary>
    public string ClusterId { get; set; } = "actorcluster";

    /// <summary>Orleans service id (default <c>actorcluster</c>): part of every grain-state key, stable across deployments.</summary>
    public string ServiceId { get; set; } = "actorcluster";

    /// <summary>Silo-to-silo port (default 11111).</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Client gateway port (default 30000).</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Where on the machine a silo is reachable by others (default 127.0.0.1).</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>
    /// Runs in a Kubernetes pod (default false; the manifests in deploy/k8s set <c>ActorCluster__Kubernetes=true</c>):
    /// Orleans' Kubernetes hosting then takes the silo name, advertised IP and listening endpoints from the pod
    /// (<c>POD_NAME</c>, <c>POD_NAMESPACE</c>, <c>POD_IP</c>) and removes silos whose pods are gone.
    /// Needs the cluster profile: membership still lives in PostgreSQL.
    /// </summary>
    public bool Kubernetes { get; set; }

    /// <summary>
    /// How long a stopping silo (SIGTERM, Ctrl+C) may take to hand over: deactivate its grains, leave the membership
    /// table and close connections (default 30 s). Grain state needs no flush (every acknowledged call was written), so
    /// this only bounds the wait for calls in flight; keep it under the orchestrator's grace period (Kubernetes: 30 s
    /// by default, the manifests give 45 s).
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsCluster => string.Equals(Profile, "cluster", StringComparison.OrdinalIgnoreCase);

    public StorageKind EffectiveStorage => Storage ?? (IsCluster ? StorageKind.Postgres : StorageKind.Sqlite);

    public string SqlitePath => Path.GetFullPath(Path.Combine(DataDirectory, "actorcluster.db"));

    /// <summary>Throws with every problem found; called before the host is built.</summary>
    public void Validate()
    {
        var errors = new List<string>();
        if (!IsCluster && !string.Equals(Profile, "local", StringComparison.OrdinalIgnoreCase))
            errors.Add($"ActorCluster:Profile must be 'local' or 'cluster', was '{Profile}'");
        if ((IsCluster || EffectiveStorage == StorageKind.Postgres) && string.IsNullOrWhiteSpace(Postgres))
            errors.Add("a PostgreSQL connection string is required: set ACTORCLUSTER_PG or ActorCluster:Postgres");
        if (SiloPort is < 1 or > 65535) errors.Add($"ActorCluster:SiloPort {SiloPort} is not a port");
        if (GatewayPort is < 1 or > 65535) errors.Add($"ActorCluster:GatewayPort {GatewayPort} is not a port");
        if (Kubernetes && !IsCluster) errors.Add("ActorCluster:Kubernetes needs ActorCluster:Profile 'cluster' (membership lives in PostgreSQL)");
        if (ShutdownTimeout <= TimeSpan.Zero || ShutdownTimeout > TimeSpan.FromMinutes(10))
            errors.Add($"ActorCluster:ShutdownTimeout must be between 0 and 10 minutes, was {ShutdownTimeout}");
        if (string.IsNullOrWhiteSpace(ClusterId) || string.IsNullOrWhiteSpace(ServiceId))
            errors.Add("ActorCluster:ClusterId and ServiceId must not be empty");
        if (errors.Count > 0) throw new InvalidOperationException("Invalid configuration: " + string.Join("; ", errors));
    }
}
