using ActorCluster.Connectors.Http;
using ActorCluster.Connectors.Pull;
using ActorCluster.Connectors.Sources;
using ActorCluster.Tests.Pull;

namespace ActorCluster.Grains.Tests.Pull;

/// <summary>The pull engine against the test vendor, ingesting into a real (in-process) cluster.</summary>
[Collection(PullCluster.Name)]
public sealed class VendorPullTests(PullClusterFixture fixture)
{
    private static readonly DateTime Since = VendorTestData.Today.AddDays(-60);

    private static PullSourceOptions Source(VendorTestServer server, VendorProfile profile, int pageSize, int perMinute = 6000, int burst = 20)
    {
        var source = new PullSourceOptions
        {
            Profile = profile, BaseUrl = server.BaseUrl, PageSize = pageSize, AsinsPerRequest = 2, RequestsPerMinute = perMinute, Burst = burst,
            InitialBackoff = TimeSpan.FromMilliseconds(50), MaxBackoff = TimeSpan.FromSeconds(2), RequestTimeout = TimeSpan.FromSeconds(20),
        };
        source.Validate("test");
        return source;
    }

    private PullRunner Runner(PullSourceOptions source, HttpClient http, IPullCursorStore cursors) =>
        new(new VendorPuller(source, new VendorPageClient(http, source, TimeProvider.System, new Random(1))),
            new AsinBatchSender(fixture.Client), cursors, TimeProvider.System);

    private static int ExpectedPages(VendorEndpoint endpoint, string[] asins, int perRequest, int pageSize) =>
        asins.Chunk(perRequest).Sum(chunk =>
        {
            int n = endpoint.Records.Count(r => chunk.Contains(r.FiledUnder));
            return Math.Max(1, (n + pageSize - 1) / pageSize);
        });

    private async Task AssertAccepted(string[] asins, int expected)
    {
        foreach (var asin in asins)
        {
            var status = await fixture.Client.GetAsinGrain(asin).GetStatus();
            Assert.Equal(expected, status.Counts.Accepted);
            Assert.Equal(0, status.Counts.Duplicates);
        }
    }

    private static void AssertEachPageServedOnce(VendorTestServer server, int expectedPages)
    {
        var served = server.PagesServed.GroupBy(p => (p.Asins, p.Offset)).ToList();
        Assert.Equal(expectedPages, served.Count);
        Assert.All(served, g => Assert.True(g.Count() == 1, $"page {g.Key} served {g.Count()} times"));
    }

    [Fact]
    public async Task Every_page_is_fetched_every_good_record_stored_transient_failures_retried_and_malformed_records_rejected_with_reasons()
    {
        var asins = VendorTestData.Asins("HEL", 3);
        var endpoint = VendorTestData.Helium(asins, days: 20, badEvery: 9, out var malformed);
        await using var server = new VendorTestServer(new Dictionary<string, VendorEndpoint> { ["products"] = endpoint }, 1000, TimeSpan.FromMinutes(1));
        server.Script("products", 7, VendorFault.Unavailable, VendorFault.Drop);
        server.Script("products", 14, VendorFault.Truncated);
        server.Script("products", 21, VendorFault.TooManyRequests);
        using var http = new HttpClient();
        var source = Source(server, VendorProfile.Helium10, pageSize: 7);

        var summary = await Runner(source, http, new MemoryCursorStore()).RunAsync("helium", asins, Since, null, CancellationToken.None);

        int pages = ExpectedPages(endpoint, asins, 2, 7);
        Assert.True(summary.Completed, summary.ToString());
        Assert.Equal(pages, summary.Pages);
        AssertEachPageServedOnce(server, pages);
        Assert.Equal(60, summary.Stored);
        Assert.Equal(0, summary.Duplicates);
        Assert.Equal(60 + malformed, summary.Records);
        Assert.Equal(malformed, summary.Rejected);
        Assert.Equal(4, summary.Retries);
        Assert.Equal(1, summary.Throttled);
        await AssertAccepted(asins, 20);
        foreach (var field in VendorTestData.HeliumFaultFields.Take(malformed))
            Assert.Contains(summary.RejectionSamples, r => r.Contains($"field '{field}'"));
        Assert.Contains(summary.RejectionSamples, r => r.Contains("page ") && r.Contains("record ") && r.Contains("'price': \"abc\" is not a number"));
    }

    [Fact]
    public async Task A_vendor_that_throttles_gets_429s_honoured_and_the_pull_still_completes()
    {
        var asins = VendorTestData.Asins("THR", 2);
        var endpoint = VendorTestData.Helium(asins, days: 12, badEvery: 1000, out _);
        // The vendor allows 4 requests in any 2 s; the client is configured far above that, so it is throttled.
        await using var server = new VendorTestServer(new Dictionary<string, VendorEndpoint> { ["products"] = endpoint }, 4, TimeSpan.FromSeconds(2));
        using var http = new HttpClient();
        var source = Source(server, VendorProfile.Helium10, pageSize: 2, burst: 50);
        source.MaxRetries = 20;

        var summary = await Runner(source, http, new MemoryCursorStore()).RunAsync("throttled", asins, Since, null, CancellationToken.None);

        Assert.True(summary.Completed, summary.ToString());
        Assert.True(server.WindowRejections > 0, "the client was expected to hit the vendor's limit");
        Assert.Equal(server.WindowRejections, summary.Throttled);
        AssertEachPageServedOnce(server, 12);
        Assert.Equal(24, summary.Stored);
        await AssertAccepted(asins, 12);
    }

    [Fact]
    public async Task A_stopped_pull_resumes_from_its_cursor_without_fetching_a_page_twice_or_counting_twice()
    {
        var asins = VendorTestData.Asins("RES", 4);
        var endpoint = VendorTestData.Helium(asins, days: 10, badEvery: 8, out var malformed);
        await using var server = new VendorTestServer(new Dictionary<string, VendorEndpoint> { ["products"] = endpoint }, 1000, TimeSpan.FromMinutes(1));
        using var http = new HttpClient();
        var source = Source(server, VendorProfile.Helium10, pageSize: 6);
        var cursors = new MemoryCursorStore();
        int pages = ExpectedPages(endpoint, asins, 2, 6);

        var first = await Runner(source, http, cursors).RunAsync("resume", asins, Since, maxPages: 3, CancellationToken.None);
        Assert.False(first.Completed);
        Assert.Equal(3, first.Pages);
        Assert.Equal(3, cursors.Cursor!.Pages);

        // A cancel while a page is in flight: that page's answer never arrives, so it is the only one asked for again.
        server.Script("products", 6, VendorFault.Hold);
        using var cancel = new CancellationTokenSource();
        var second = Runner(source, http, cursors).RunAsync("resume", asins, Since, null, cancel.Token);
        await server.HoldReached.Task.WaitAsync(TimeSpan.FromSeconds(60));
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        server.ReleaseHeld();

        var third = await Runner(source, http, cursors).RunAsync("resume", asins, Since, null, CancellationToken.None);
        Assert.True(third.Completed, third.ToString());
        Assert.Equal(pages, cursors.Cursor!.Pages);
        AssertEachPageServedOnce(server, pages);
        Assert.Equal(pages + 1, server.Requests.Count);   // every page once, plus the held attempt
        // The grains are the judge of double counting: each ASIN holds its ten days once, with no duplicate sent.
        await AssertAccepted(asins, 10);
        Assert.True(malformed > 0);
    }

    [Fact]
    public async Task Keepa_products_are_paged_mapped_and_malformed_products_rejected()
    {
        var asins = VendorTestData.Asins("KEE", 3);
        var endpoint = VendorTestData.Keepa(asins, days: 15, malformedProducts: 4);
        await using var server = new VendorTestServer(new Dictionary<string, VendorEndpoint> { ["product"] = endpoint }, 1000, TimeSpan.FromMinutes(1));
        server.Script("product", 2, VendorFault.Unavailable);
        using var http = new HttpClient();
        var source = Source(server, VendorProfile.Keepa, pageSize: 2);

        var summary = await Runner(source, http, new MemoryCursorStore()).RunAsync("keepa", asins, Since, null, CancellationToken.None);

        Assert.True(summary.Completed, summary.ToString());
        Assert.Equal(7, summary.Records);
        Assert.Equal(45, summary.Stored);
        Assert.Equal(4, summary.Rejected);
        Assert.Equal(1, summary.Retries);
        foreach (var field in new[] { "csv[0]", "csv", "csv[3]", "asin" })
            Assert.Contains(summary.RejectionSamples, r => r.Contains($"field '{field}'"));
        await AssertAccepted(asins, 15);
        var window = await fixture.Client.GetAsinGrain(asins[0]).GetWindow();
        var outOfStock = window.Single(o => o.PeriodStart == VendorTestData.Today.AddDays(-14));
        Assert.Null(outOfStock.Price);
        Assert.False(outOfStock.InStock);
        var normal = window.Single(o => o.PeriodStart == VendorTestData.Today.AddDays(-3));
        Assert.Equal(20.02, normal.Price!.Value, 6);
        Assert.Equal(4003, normal.SalesRank);
    }
}
