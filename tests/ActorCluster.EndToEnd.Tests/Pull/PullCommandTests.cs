using System.Text.Json;
using ActorCluster.EndToEnd.Tests.Processes;
using ActorCluster.Tests.Pull;
using Xunit.Abstractions;

namespace ActorCluster.EndToEnd.Tests.Pull;

/// <summary>One real silo for the class; the real console pulls from the test vendor into it.</summary>
public sealed class PullSiloFixture : IAsyncLifetime
{
    public string Dir { get; } = RepoPaths.NewTempDir();
    public SiloProcess Silo { get; private set; } = null!;
    public string Gateway => Silo.GatewayPort.ToString();

    public async Task InitializeAsync() => Silo = await SiloProcess.StartAsync(Dir);
    public async Task DisposeAsync() => await Silo.DisposeAsync();
}

public sealed class PullCommandTests(PullSiloFixture fixture, ITestOutputHelper output) : IClassFixture<PullSiloFixture>
{
    private const string TokenVariable = "ACTORCLUSTER_E2E_VENDOR_TOKEN";
    private const string Token = "e2e-vendor-token";
    private static readonly Dictionary<string, string> Environment = new() { [TokenVariable] = Token };
    private static string Since => VendorTestData.Today.AddDays(-90).ToString("yyyy-MM-dd");

    private string Prepare(string name, string sourceJson, string[] asins)
    {
        var dir = Path.Combine(fixture.Dir, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "sources.json"), $$"""{ "Sources": { "{{name}}": {{sourceJson}} } }""");
        File.WriteAllLines(Path.Combine(dir, "asins.txt"), ["# ASINs to pull", .. asins]);
        return dir;
    }

    private PullClientProcess Pull(string dir, string name) => PullClientProcess.Start(dir, Environment,
        "pull", "--source", name, "--asins", "asins.txt", "--since", Since, "--sources-file", "sources.json",
        "--rejects", "rejects.txt", "--gateway-port", fixture.Gateway);

    private async Task<(long Accepted, long Duplicates)> Counts(string asin)
    {
        var r = await ClientProcess.RunAsync("status", asin, "--json", "--gateway-port", fixture.Gateway);
        Assert.True(r.ExitCode == 0, r.ToString());
        var counts = JsonDocument.Parse(r.StdOut).RootElement.GetProperty("Counts");
        return (counts.GetProperty("Accepted").GetInt64(), counts.GetProperty("Duplicates").GetInt64());
    }

    [Fact]
    public async Task Pull_fetches_every_page_within_the_rate_limit_retries_transient_failures_and_rejects_malformed_records()
    {
        const int limit = 120;
        var asins = VendorTestData.Asins("E2H", 20);
        var endpoint = VendorTestData.Helium(asins, days: 60, badEvery: 50, out var malformed);
        await using var server = new VendorTestServer(new Dictionary<string, VendorEndpoint> { ["products"] = endpoint }, limit, TimeSpan.FromMinutes(1), Token);
        server.Script("products", 10, VendorFault.Unavailable, VendorFault.Drop);
        server.Script("products", 20, VendorFault.TooManyRequests);
        server.Script("products", 30, VendorFault.Truncated);
        var dir = Prepare("helium", $$"""
            { "Profile": "Helium10", "BaseUrl": "{{server.BaseUrl}}", "TokenEnvironmentVariable": "{{TokenVariable}}",
              "PageSize": 10, "AsinsPerRequest": 5, "RequestsPerMinute": {{limit}}, "Burst": 1,
              "InitialBackoff": "00:00:00.200", "MaxBackoff": "00:00:05", "RequestTimeout": "00:00:20" }
            """, asins);
        int pages = asins.Chunk(5).Sum(c => (endpoint.Records.Count(r => c.Contains(r.FiledUnder)) + 9) / 10);

        using var pull = Pull(dir, "helium");
        var r = await pull.WaitAsync(TimeSpan.FromMinutes(4));

        output.WriteLine($"requests {server.Requests.Count}, max in any 60 s window {server.MaxInWindow} (limit {limit}), window 429s {server.WindowRejections}");
        output.WriteLine(r.ToString());
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains($"pages {pages}, records {1200 + malformed}, observations 1200, stored 1200, duplicates 0, rejected {malformed}, retries 4, 429s 1", r.StdOut);
        Assert.True(server.MaxInWindow <= limit, $"{server.MaxInWindow} requests in one window, limit {limit}");
        Assert.Equal(0, server.WindowRejections);
        // The pull ran long enough to press on the limit, so the bound above was tested, not idle.
        Assert.True(server.Requests.Count > limit, $"only {server.Requests.Count} requests");
        Assert.True(server.MaxInWindow >= limit * 3 / 4, $"max {server.MaxInWindow} in a window: the client was far slower than allowed");
        var pagesServed = server.PagesServed.GroupBy(p => (p.Asins, p.Offset)).ToList();
        Assert.Equal(pages, pagesServed.Count);
        Assert.All(pagesServed, g => Assert.Single(g));
        var rejects = File.ReadAllLines(Path.Combine(dir, "rejects.txt"));
        Assert.Equal(malformed, rejects.Length);
        Assert.Contains(rejects, l => l.Contains("record ") && l.Contains("field 'price': \"abc\" is not a number"));
        Assert.Contains(rejects, l => l.Contains("field 'asin': ASIN 'B0BAD' has 5 characters"));
        foreach (var asin in new[] { asins[0], asins[9], asins[19] })
            Assert.Equal((60L, 0L), await Counts(asin));
    }

    [Fact]
    public async Task A_killed_pull_resumes_from_its_cursor_file_refetching_only_the_page_in_flight()
    {
        var asins = VendorTestData.Asins("E2K", 8);
        var endpoint = VendorTestData.Keepa(asins, days: 20, malformedProducts: 2);
        await using var server = new VendorTestServer(new Dictionary<string, VendorEndpoint> { ["product"] = endpoint }, 1000, TimeSpan.FromMinutes(1), Token);
        server.Script("product", 3, VendorFault.Hold);
        var dir = Prepare("keepa", $$"""
            { "Profile": "Keepa", "BaseUrl": "{{server.BaseUrl}}", "TokenEnvironmentVariable": "{{TokenVariable}}",
              "PageSize": 1, "AsinsPerRequest": 4, "RequestsPerMinute": 6000, "Burst": 10, "InitialBackoff": "00:00:00.100" }
            """, asins);

        using (var first = Pull(dir, "keepa"))
        {
            await server.HoldReached.Task.WaitAsync(TimeSpan.FromMinutes(2));
            first.Kill();
            output.WriteLine("first run, killed:\n" + first);
        }
        server.ReleaseHeld();
        var cursor = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, ".actorcluster", "pull-keepa.cursor.json"))).RootElement;
        Assert.Equal(3, cursor.GetProperty("Pages").GetInt32());

        using var second = Pull(dir, "keepa");
        var r = await second.WaitAsync(TimeSpan.FromMinutes(2));
        output.WriteLine(r.ToString());
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("resuming after page 3", r.StdErr);
        Assert.Contains("pages 7, records 7, observations 100, stored 100, duplicates 0, rejected 2", r.StdOut);
        var served = server.PagesServed.GroupBy(p => (p.Asins, p.Offset)).ToList();
        Assert.Equal(10, served.Count);
        Assert.All(served, g => Assert.Single(g));
        Assert.Equal(11, server.Requests.Count);   // ten pages, plus the attempt that was in flight at the kill
        foreach (var asin in asins) Assert.Equal((20L, 0L), await Counts(asin));
    }
}
