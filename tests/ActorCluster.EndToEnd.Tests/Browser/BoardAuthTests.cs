using System.Net;
using ActorCluster.EndToEnd.Tests.Processes;
using Microsoft.Playwright;

namespace ActorCluster.EndToEnd.Tests.Browser;

/// <summary>
/// Outside the local profile the board and the Orleans dashboard need a sign-in with the read role: pages redirect to
/// the login, the API and the hub answer 401; the login sets an HTTP-only cookie the page's calls and hub then use.
/// </summary>
public sealed class BoardAuthTests
{
    private const string ReadKey = "board-reader-key-0123456789";
    private const string IngestKey = "board-ingest-key-0123456789";

    [Fact]
    public async Task Unauthenticated_access_is_refused_on_the_cluster_profile_and_a_read_key_signs_in()
    {
        Assert.False(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ACTORCLUSTER_PG")), "ACTORCLUSTER_PG is not set: run the tests through deploy/test.sh");
        var id = "board" + Guid.NewGuid().ToString("N")[..10];
        await using var silo = await SiloProcess.StartAsync(RepoPaths.NewTempDir(), extraArgs:
        [
            .. AlertPushTests.ClusterArgs(id),
            "--Auth:Keys:1:Name", "reader", "--Auth:Keys:1:Sha256", AuthSiloFixture.Sha256(ReadKey), "--Auth:Keys:1:Roles", "read",
            "--Auth:Keys:2:Name", "feeder", "--Auth:Keys:2:Sha256", AuthSiloFixture.Sha256(IngestKey), "--Auth:Keys:2:Roles", "ingest",
        ]);

        // Without credentials: pages and the dashboard go to the login; the API and the hub say 401.
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = silo.BaseAddress };
        foreach (var path in new[] { "/", "/asin/B000000001", "/feed", "/dashboard", "/dashboard/" })
        {
            var response = await anonymous.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{path}: {(int)response.StatusCode}");
            Assert.StartsWith("/login?returnUrl=", response.Headers.Location?.OriginalString);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/board/changes")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/asins/B000000001")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/hubs/alerts/negotiate?negotiateVersion=1", null)).StatusCode);
        // The script and style carry no data and stay public, so the login page can be styled.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/board/board.css")).StatusCode);

        await using var browser = await Chromium.LaunchAsync();
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);
        await page.GotoAsync(new Uri(silo.BaseAddress, "/?tier=Red").ToString());
        Assert.Contains("/login", page.Url);

        // A wrong key and a key without the read role are refused with the reason.
        await page.GetByLabel("API key").FillAsync("not-a-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.Contains("matches none of the configured API keys", await page.Locator("[role=alert]").TextContentAsync());
        await page.GetByLabel("API key").FillAsync(IngestKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.Contains("lacks the 'read' role", await page.Locator("[role=alert]").TextContentAsync());

        // The read key: back to the page asked for, the board loads over the cookie and the hub goes live.
        await page.GetByLabel("API key").FillAsync(ReadKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/?tier=Red");
        await page.WaitForFunctionAsync("() => window.actorBoard?.directory?.loaded === true", null, BoardPage.Quick);
        await BoardPage.WaitLiveAsync(page);
        var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "actorcluster.board");
        Assert.True(cookie.HttpOnly);
        Assert.DoesNotContain(ReadKey, cookie.Value);
        var dashboard = await page.GotoAsync(new Uri(silo.BaseAddress, "/dashboard").ToString());
        Assert.Equal(200, dashboard!.Status);
        Assert.DoesNotContain("/login", page.Url);

        // Signing out ends it.
        await page.GotoAsync(new Uri(silo.BaseAddress, "/").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/login");
        await page.GotoAsync(new Uri(silo.BaseAddress, "/dashboard").ToString());
        Assert.Contains("/login", page.Url);
        Assert.DoesNotContain(errors, e => e.StartsWith("page error", StringComparison.Ordinal));
    }
}
