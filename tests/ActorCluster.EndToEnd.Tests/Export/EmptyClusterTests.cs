using System.Text.Json;
using ActorCluster.EndToEnd.Tests.Browser;
using ActorCluster.EndToEnd.Tests.Processes;

namespace ActorCluster.EndToEnd.Tests.Export;

/// <summary>A silo that holds no ASIN: the export and the report are empty but valid, and say so.</summary>
public sealed class EmptyClusterTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    [Fact]
    public async Task Export_writes_an_empty_manifest_and_says_the_cluster_holds_no_asins()
    {
        var dir = Path.Combine(fixture.Dir, "empty-export");
        var r = await ClientProcess.RunAsync("export", "--out", dir, "--gateway-port", fixture.Gateway);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("the cluster holds no ASINs: wrote an empty export", r.StdOut);
        var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "manifest.json"))).RootElement;
        Assert.Equal(0, manifest.GetProperty("AsinsRequested").GetInt32());
        Assert.Equal(0, manifest.GetProperty("FeatureRows").GetInt64());
        Assert.Equal("features-v1", manifest.GetProperty("FeatureSetVersion").GetString());
        Assert.Empty(Directory.GetFiles(dir, "*.parquet", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Report_is_an_empty_page_with_every_section_that_renders_without_errors()
    {
        var path = Path.Combine(fixture.Dir, "empty.html");
        var r = await ClientProcess.RunAsync("report", "--since", "7d", "--out", path, "--gateway-port", fixture.Gateway);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("the cluster holds no ASINs with data: wrote an empty report", r.StdOut);
        var html = await File.ReadAllTextAsync(path);
        Assert.Contains("id=\"empty-notice\"", html);
        foreach (var id in (string[])["top-movers", "alerts", "accuracy", "data-quality", "red"])
            Assert.Contains($"<section id=\"{id}\">", html);

        await using var session = await Chromium.LaunchAsync();
        var errors = new List<string>();
        var page = await session.NewPageAsync(errors);
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        Assert.True(await page.IsVisibleAsync("#empty-notice"));
        Assert.True(await page.IsVisibleAsync("#red h2"));
        Assert.Empty(errors);
    }
}
