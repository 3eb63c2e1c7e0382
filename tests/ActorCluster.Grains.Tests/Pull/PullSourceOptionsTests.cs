using ActorCluster.Connectors.Pull;
using ActorCluster.Connectors.Sources;

namespace ActorCluster.Grains.Tests.Pull;

public sealed class PullSourceOptionsTests
{
    [Fact]
    public void Defaults_are_valid_once_a_base_url_is_given()
    {
        var source = new PullSourceOptions { BaseUrl = "https://vendor.example/v1" };
        source.Validate("v");
        Assert.Equal("products", source.EffectivePath);
        Assert.Equal("product", new PullSourceOptions { Profile = VendorProfile.Keepa }.EffectivePath);
    }

    [Fact]
    public void Every_problem_is_named_with_the_source()
    {
        var source = new PullSourceOptions
        {
            BaseUrl = "ftp://x", PageSize = 0, RequestsPerMinute = 10, Burst = 10, MaxRetries = -1, RequestTimeout = TimeSpan.Zero,
        };
        var e = Assert.Throws<InvalidOperationException>(() => source.Validate("acme"));
        foreach (var part in new[] { "Sources:acme", "BaseUrl", "PageSize", "Burst", "MaxRetries", "RequestTimeout" })
            Assert.Contains(part, e.Message);
    }

    [Fact]
    public void The_catalog_validates_and_names_the_known_sources_for_an_unknown_one()
    {
        var catalog = new PullSourceCatalog(new Dictionary<string, PullSourceOptions> { ["Acme"] = new() { BaseUrl = "http://127.0.0.1:1/" } });
        Assert.Same(catalog.Sources["acme"], catalog.Get("ACME"));
        Assert.Contains("defined: Acme", Assert.Throws<ArgumentException>(() => catalog.Get("other")).Message);
        Assert.Throws<InvalidOperationException>(() => new PullSourceCatalog(new Dictionary<string, PullSourceOptions> { ["bad"] = new() }));
    }

    [Fact]
    public void Bearer_tokens_come_from_the_environment_first_then_a_file()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "  from-file \n");
            var variable = "ACTORCLUSTER_TEST_TOKEN_" + Guid.NewGuid().ToString("N")[..8];
            var source = new PullSourceOptions { TokenEnvironmentVariable = variable, TokenFile = file };
            Assert.Equal("from-file", BearerToken.Resolve(source));
            Environment.SetEnvironmentVariable(variable, "from-env");
            Assert.Equal("from-env", BearerToken.Resolve(source));
            Environment.SetEnvironmentVariable(variable, null);
            Assert.Null(BearerToken.Resolve(new PullSourceOptions()));
            Assert.Throws<InvalidOperationException>(() => BearerToken.Resolve(new PullSourceOptions { TokenFile = file + ".missing" }));
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void Asin_lists_are_normalised_deduplicated_and_bad_lines_named()
    {
        var asins = AsinList.Parse(["# header", "b000000001", "B000000002, B000000001", "", "bad-one"], out var errors);
        Assert.Equal(["B000000001", "B000000002"], asins);
        Assert.Equal("line 5: ASIN 'bad-one' has 7 characters, expected 10", Assert.Single(errors));
    }
}
