using Microsoft.Playwright;

namespace ActorCluster.EndToEnd.Tests.Browser;

/// <summary>
/// Debian's chromium, headless, driven by Playwright (no browser download: the executable is the system one,
/// <c>ACTORCLUSTER_CHROMIUM</c> or <c>/usr/bin/chromium</c>). The flags keep it off the closed network.
/// </summary>
public static class Chromium
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("ACTORCLUSTER_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    /// <summary>Starts Playwright and one headless browser; dispose the result to close both.</summary>
    public static async Task<BrowserSession> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"chromium not found at {ExecutablePath}: install Debian's chromium package (deploy/test.sh does) or set ACTORCLUSTER_CHROMIUM");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Flags,
            });
            return new BrowserSession(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}

/// <summary>A Playwright instance and its browser.</summary>
public sealed class BrowserSession(IPlaywright playwright, IBrowser browser) : IAsyncDisposable
{
    public IBrowser Browser { get; } = browser;

    /// <summary>A new page whose console errors and uncaught exceptions are collected in <paramref name="errors"/>.</summary>
    public async Task<IPage> NewPageAsync(List<string> errors, BrowserNewPageOptions? options = null)
    {
        var page = await Browser.NewPageAsync(options);
        page.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add("console: " + message.Text); };
        page.PageError += (_, error) => { lock (errors) errors.Add("page error: " + error); };
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright.Dispose();
    }
}
