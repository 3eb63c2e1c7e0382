using System.Text.Json;
using ActorCluster.EndToEnd.Tests.Processes;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ActorCluster.EndToEnd.Tests.Browser;

/// <summary>
/// The board and an ASIN page on a simulated market, on a laptop and a phone screen. With
/// <c>ACTORCLUSTER_SCREENSHOTS=1</c> the pictures are written to docs/ (board.png, asin-page.png) for the README;
/// otherwise to a temporary folder.
/// </summary>
public sealed class BoardScreenshotTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_board_and_an_asin_page_on_a_simulated_market_fit_laptop_and_phone_screens()
    {
        var dir = RepoPaths.NewTempDir();
        await using var silo = await SiloProcess.StartAsync(dir);
        var sim = await ClientProcess.RunAsync("simulate", "--asins", "120", "--categories", "6", "--days", "150", "--speed", "max",
            "--seed", "4", "--anomaly-rate", "0.03", "--gateway-port", silo.GatewayPort.ToString());
        Assert.True(sim.ExitCode == 0, sim.ToString());

        var target = Environment.GetEnvironmentVariable("ACTORCLUSTER_SCREENSHOTS") == "1" ? Path.Combine(RepoPaths.Root, "docs") : dir;
        await using var browser = await Chromium.LaunchAsync();
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors, new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        await BoardPage.OpenBoardAsync(page, new Uri(silo.BaseAddress, "/").ToString());
        await page.WaitForFunctionAsync("() => window.actorBoard.directory.lines.size >= 120", null, new() { Timeout = 60_000 });
        await BoardPage.WaitLiveAsync(page);
        await page.WaitForTimeoutAsync(600); // the feed's highlight fades; the picture shows the steady board
        await page.ScreenshotAsync(new() { Path = Path.Combine(target, "board.png") });

        // The ASIN with the strongest alert (or the first ASIN), with its what-if projected.
        var asin = await page.EvaluateAsync<string>("""
            () => { const ls = [...window.actorBoard.directory.lines.values()];
              const rank = t => ({ Red: 3, Orange: 2, Yellow: 1 }[t] ?? 0);
              ls.sort((a, b) => rank(b.tier) - rank(a.tier) || a.asin.localeCompare(b.asin)); return ls[0].asin; }
            """);
        var asinPage = await browser.NewPageAsync(errors, new() { ViewportSize = new() { Width = 1400, Height = 1500 } });
        await asinPage.GotoAsync(new Uri(silo.BaseAddress, $"/asin/{asin}").ToString());
        await asinPage.WaitForFunctionAsync("() => window.actorBoard.loaded === true", null, BoardPage.Quick);
        await asinPage.GetByRole(AriaRole.Button, new() { Name = "Project" }).ClickAsync();
        await asinPage.WaitForSelectorAsync(".wi-result:not([hidden]), .wi-status:has-text('No projection')");
        await asinPage.ScreenshotAsync(new() { Path = Path.Combine(target, "asin-page.png"), FullPage = true });

        // Phone: nothing wider than the screen, controls reachable.
        foreach (var path in new[] { "/", $"/asin/{asin}" })
        {
            var phone = await browser.NewPageAsync(errors, new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
            await phone.GotoAsync(new Uri(silo.BaseAddress, path).ToString());
            await phone.WaitForFunctionAsync("() => window.actorBoard?.loaded === true || window.actorBoard?.directory?.loaded === true", null, BoardPage.Quick);
            var overflow = await phone.EvaluateAsync<JsonElement>("() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth })");
            Assert.True(overflow.GetProperty("page").GetInt32() <= overflow.GetProperty("screen").GetInt32() + 1, $"{path} is wider than a phone: {overflow}");
            await phone.ScreenshotAsync(new() { Path = Path.Combine(dir, $"phone{path.Replace('/', '-')}.png") });
        }

        // Every button, link and form control has an accessible name.
        foreach (var p in new[] { page, asinPage })
        {
            var unnamed = await p.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('button, a[href], input, select')]
                  .filter(e => e.offsetParent !== null || e.getClientRects().length)
                  .filter(e => !(e.getAttribute('aria-label') || e.textContent.trim() || e.labels?.length || e.getAttribute('title')))
                  .map(e => e.outerHTML.slice(0, 120))
                """);
            Assert.Empty(unnamed);
        }
        output.WriteLine($"screenshots in {target}; ASIN page {asin}");
        Assert.Empty(errors);
    }
}
