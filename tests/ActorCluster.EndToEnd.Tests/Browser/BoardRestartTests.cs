using ActorCluster.EndToEnd.Tests.Processes;
using Xunit.Abstractions;
using static ActorCluster.EndToEnd.Tests.Processes.SiloApi;

namespace ActorCluster.EndToEnd.Tests.Browser;

/// <summary>A board opened before the silo is killed and started again (same ports, same SQLite folder) catches up on its own.</summary>
public sealed class BoardRestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_page_opened_before_a_silo_restart_recovers_and_shows_alerts_raised_after_it()
    {
        await using var silo = new FixedPortSilo(RepoPaths.NewTempDir(), AlertPushTests.QuickRules);
        await silo.StartAsync();
        using var http = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var asin = BoardData.NewAsin();
        await BoardData.SeedAsync(http, asin, "Kitchen");

        await using var browser = await Chromium.LaunchAsync();
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors, new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        await BoardPage.OpenBoardAsync(page, new Uri(silo.BaseAddress, "/").ToString());
        await BoardPage.WaitLiveAsync(page);
        await BoardPage.ShowAsinAsync(page, asin);
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");

        await silo.KillAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('live').dataset.state !== 'live'", null, BoardPage.Quick);
        await silo.StartAsync();
        await PostAsync(http, BoardData.Surge(asin, "Kitchen"));

        await page.WaitForSelectorAsync($".feed-item[data-asin='{asin}'][data-kind='Firing']", new() { Timeout = 60_000 });
        await page.WaitForFunctionAsync(
            $"() => ['Yellow','Orange','Red'].includes(document.querySelector(\".row[data-asin='{asin}']\")?.dataset.tier)", null, new() { Timeout = 60_000 });
        await BoardPage.WaitLiveAsync(page);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the page reloaded");
        Assert.Equal(1, await page.Locator($".feed-item[data-asin='{asin}'][data-kind='Firing']").CountAsync());
        output.WriteLine(string.Join("\n", errors));
        Assert.DoesNotContain(errors, e => e.StartsWith("page error", StringComparison.Ordinal));
    }
}
