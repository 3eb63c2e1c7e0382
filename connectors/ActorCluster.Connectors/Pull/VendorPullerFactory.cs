using ActorCluster.Connectors.Http;
using ActorCluster.Connectors.Sources;

namespace ActorCluster.Connectors.Pull;

/// <summary>
/// Makes pullers for named sources with clients from <see cref="IHttpClientFactory"/> (named <see cref="HttpClientName"/>),
/// so no caller news up an <see cref="HttpClient"/>. One page client, hence one token bucket, per puller.
/// </summary>
public sealed class VendorPullerFactory(PullSourceCatalog catalog, IHttpClientFactory http, TimeProvider time)
{
    public const string HttpClientName = "vendor-pull";

    public PullSourceCatalog Catalog => catalog;

    public VendorPuller Create(string sourceName)
    {
        var source = catalog.Get(sourceName);
        var client = http.CreateClient(HttpClientName);
        // Each request carries the source's own timeout.
        client.Timeout = Timeout.InfiniteTimeSpan;
        return new VendorPuller(source, new VendorPageClient(client, source, time));
    }
}
