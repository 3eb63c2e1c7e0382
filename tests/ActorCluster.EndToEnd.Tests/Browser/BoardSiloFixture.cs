using ActorCluster.EndToEnd.Tests.Processes;
using Microsoft.Playwright;

namespace ActorCluster.EndToEnd.Tests.Browser;

/// <summary>One local-profile silo (open, SQLite, quick alert rules) and one headless Chromium for the board tests.</summary>
public sealed class BoardSiloFixture : IAsyncLifetime
{
    public SiloProcess Silo { get; private set; } = null!;
    public BrowserSession Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Silo = await SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs: AlertPushTests.QuickRules);
        Browser = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Silo.DisposeAsync();
    }

    public HttpClient Http() => SiloApi.Http(Silo);

    public string Url(string path) => new Uri(Silo.BaseAddress, path).ToString();

    /// <summary>A laptop-sized page whose console errors and page errors land in <paramref name="errors"/>.</summary>
    public Task<IPage> PageAsync(List<string> errors, int width = 1400, int height = 900) =>
        Browser.NewPageAsync(errors, new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
}

/// <summary>Waiting on the board's own state (exposed as <c>window.actorBoard</c> for tests and diagnostics).</summary>
public static class BoardPage
{
    public static readonly PageWaitForFunctionOptions Quick = new() { Timeout = 20_000, PollingInterval = 25 };

    /// <summary>Opens the board and waits for the directory's first answer.</summary>
    public static async Task OpenBoardAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForFunctionAsync("() => window.actorBoard?.directory?.loaded === true", null, Quick);
    }

    /// <summary>Narrows the board to one ASIN through the text filter and waits until its row is drawn.</summary>
    public static async Task ShowAsinAsync(IPage page, string asin)
    {
        await page.GetByLabel("Filter ASINs by text").FillAsync(asin);
        await page.WaitForSelectorAsync($".row[data-asin='{asin}']", new PageWaitForSelectorOptions { Timeout = 30_000 });
    }

    public static async Task WaitLiveAsync(IPage page, int timeoutMs = 30_000) =>
        await page.WaitForFunctionAsync("() => document.getElementById('live')?.dataset.state === 'live'", null,
            new PageWaitForFunctionOptions { Timeout = timeoutMs, PollingInterval = 50 });
}

/// <summary>The board test classes share one silo and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BoardCollection : ICollectionFixture<BoardSiloFixture>
{
    public const string Name = "board";
}
