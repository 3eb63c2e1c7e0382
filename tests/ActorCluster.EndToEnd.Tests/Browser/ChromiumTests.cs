namespace ActorCluster.EndToEnd.Tests.Browser;

/// <summary>The browser the board and report tests use starts, runs script and reports page errors.</summary>
public sealed class ChromiumTests
{
    [Fact]
    public async Task Debian_chromium_runs_script_and_reports_page_errors()
    {
        await using var session = await Chromium.LaunchAsync();
        var errors = new List<string>();
        var page = await session.NewPageAsync(errors);
        await page.SetContentAsync("<html><body><p id='x'>1</p><script>document.getElementById('x').textContent = 6 * 7; throw new Error('boom');</script></body></html>");
        Assert.Equal("42", await page.TextContentAsync("#x"));
        Assert.Contains(errors, e => e.Contains("boom"));
    }
}
