using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests.Security;

/// <summary>
/// One local silo that requires keys: one per role, plus a metrics scrape key that is not an API key. Default rate
/// limits (far above what these tests send), so access and size checks never meet a 429.
/// </summary>
public sealed class SecuredSiloFixture : IAsyncLifetime
{
    private readonly KeyRing _ring = new();

    public SecuredSiloFixture()
    {
        IngestKey = _ring.Add("ingester", "ingest");
        ReadKey = _ring.Add("reader", "read");
        AdminKey = _ring.Add("operator", "admin");
    }

    public string IngestKey { get; }
    public string ReadKey { get; }
    public string AdminKey { get; }
    public string ScrapeKey { get; } = $"scrape-{Guid.NewGuid():N}";
    public SiloProcess Silo { get; private set; } = null!;

    public string KeyFor(string role) => role switch { "ingest" => IngestKey, "read" => ReadKey, "admin" => AdminKey, _ => ScrapeKey };

    public async Task InitializeAsync() => Silo = await SiloProcess.StartAsync(RepoPaths.NewTempDir(),
        extraArgs: [.. _ring.Args, "--Metrics:ScrapeKeySha256", KeyRing.Sha256(ScrapeKey)]);

    public async Task DisposeAsync() => await Silo.DisposeAsync();

    public HttpClient Http(string? apiKey = null) => SiloApi.Http(Silo, apiKey);
}

/// <summary>The access, size and hub tests share one secured silo.</summary>
[CollectionDefinition(Name)]
public sealed class SecuredSiloCollection : ICollectionFixture<SecuredSiloFixture>
{
    public const string Name = "secured silo";
}
